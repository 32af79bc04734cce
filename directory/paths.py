"""Where the shipped folders (templates, static, seed, migrations) live.

In a checkout they sit at the top level beside the package; a wheel carries them inside
the package under ``_shipped/`` (see ``pyproject.toml``).
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SHIPPED = _PACKAGE / "_shipped"
ROOT = _SHIPPED if _SHIPPED.is_dir() else _PACKAGE.parent

TEMPLATES = ROOT / "templates"
STATIC = ROOT / "static"
SEED = ROOT / "seed"
MIGRATIONS = ROOT / "migrations"
