"""Run in the image's build stage: drop what the installed service never loads.

scipy (about 130 MB) is a dependency of datasketch, which imports a few of its subpackages (for LSH
parameter tuning the service never calls); the subpackages that importing the service loads are kept, the
others removed. babel's locale data (about 30 MB, pulled in by courlan) is cut to English and the root locale:
courlan only parses locales for trafilatura's ``target_language`` filter, which the service never sets, and
treats an unknown locale as "no signal". Test suites shipped inside packages go too. The build stage then
imports the service again, so a subpackage pruned by mistake fails the build, not a running worker.
"""

from __future__ import annotations

import importlib
import pathlib
import shutil
import sys

ENTRY_POINTS = ("monitor.cli", "monitor.service", "monitor.similarity", "monitor.novelty", "monitor.extract",
                "monitor.health", "monitor.notify")


def main() -> None:
    for module in ENTRY_POINTS:
        importlib.import_module(module)
    import scipy

    root = pathlib.Path(scipy.__file__).parent
    used = {name.split(".")[1] for name in sys.modules if name.startswith("scipy.")}
    for path in sorted(root.iterdir()):
        if path.is_dir() and not path.name.startswith("_") and path.name not in used:
            shutil.rmtree(path)
            print(f"pruned scipy.{path.name}")
    import babel

    for data in (pathlib.Path(babel.__file__).parent / "locale-data").glob("*.dat"):
        if data.stem != "root" and data.stem.split("_")[0] != "en":
            data.unlink()
    for tests in [p for p in root.parent.rglob("tests") if p.is_dir()]:
        shutil.rmtree(tests, ignore_errors=True)


if __name__ == "__main__":
    main()
