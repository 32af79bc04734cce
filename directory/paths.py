"""Where the shipped folders (templates, static, seed, migrations) live.

In a checkout they sit at the top level beside the package; a wheel carries them inside
the package under ``_shipped/`` (see ``pyproject.toml``).
"""

import os
import threading
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SHIPPED = _PACKAGE / "_shipped"
ROOT = _SHIPPED if _SHIPPED.is_dir() else _PACKAGE.parent

TEMPLATES = ROOT / "templates"
STATIC = ROOT / "static"
SEED = ROOT / "seed"
MIGRATIONS = ROOT / "migrations"


_READS: dict = {}
_READS_LOCK = threading.Lock()


def read_when_changed(path: Path, loader, missing):
    """Return ``loader(path)``, read again only when the file's modification time changes.

    One cache for the shipped data files (vocabulary, audience phrases, taxonomy kinds), keyed
    by path and loader; ``missing`` is returned when the file cannot be read.
    """
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        return missing
    key = (str(path), loader)
    cached = _READS.get(key)
    if cached is None or cached[0] != mtime:
        with _READS_LOCK:
            cached = _READS[key] = (mtime, loader(path))
    return cached[1]
