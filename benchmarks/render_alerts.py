"""Render the shipped email templates (one alert, and a digest) to PNG with headless Chromium, for
docs/notifications.md. A documentation step, not a test:

    .venv/bin/python benchmarks/render_alerts.py [--out docs/img] [--chromium chromium]

Needs Debian's chromium package (apt-get install chromium). Also writes the HTML and the Slack/markdown
text next to the pictures, so the docs show exactly what the templates produce.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from monitor.notify import Renderer, sample_alerts
from monitor.routes import DigestConfig, Route

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def screenshot(chromium: str, html: Path, png: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                        f"--screenshot={png}", html.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("docs/img"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    alerts = sample_alerts("desk")
    route = Route("desk", mode="digest",
                  digest=DigestConfig.model_validate({"every": "daily", "at": "08:00", "timezone": "Europe/Berlin"}))
    renderer = Renderer()
    pictures = {"email-alert": (renderer.render("email", alerts[:1], route=route), 720, 450),
                "email-update": (renderer.render("email", alerts[1:2], route=route), 720, 490),
                "email-digest": (renderer.render("email", alerts, route=route, reason="digest"), 720, 760)}
    for name, (message, width, height) in pictures.items():
        html = args.out / f"{name}.html"
        html.write_text(message.body, "utf-8")
        screenshot(args.chromium, html.resolve(), (args.out / f"{name}.png").resolve(), width, height)
        html.unlink()
        print(f"{args.out / name}.png  subject: {message.title}")
    for name, message in {"slack-alert": renderer.render("slack", alerts[1:2], route=route),
                          "slack-digest": renderer.render("slack", alerts, route=route, reason="digest")}.items():
        (args.out / f"{name}.md").write_text(message.body, "utf-8")
        print(f"{args.out / name}.md")


if __name__ == "__main__":
    main()
