"""Where the index lives: generations side by side, a pointer file naming the live one.

``INDEX_PATH/CURRENT`` holds the name of the live generation folder. A rebuild writes a new
folder and replaces the pointer with ``os.replace`` (atomic on POSIX and Windows), so a search
always opens one complete index. The previous generation is kept until the next rebuild, for
processes that still have it open.
"""

import fcntl
import os
import secrets
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from whoosh import index

from .schema import make_schema

POINTER = "CURRENT"
PREFIX = "gen-"


class IndexMissing(RuntimeError):
    """There is no live index yet."""


class RebuildRunning(RuntimeError):
    """Another process is rebuilding the index."""


class IndexStore:
    """The folder holding index generations and the pointer to the live one."""

    def __init__(self, root):
        self.root = Path(root)

    def live_name(self) -> str | None:
        """Return the live generation's folder name, or None."""
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def open(self, name: str | None = None):
        """Open a generation (the live one by default)."""
        name = name or self.live_name()
        if not name or not index.exists_in(self.root / name):
            raise IndexMissing(f"no search index in {self.root}: run 'directory reindex'")
        return index.open_dir(str(self.root / name))

    def new_generation(self):
        """Create an empty generation beside the live one; return (name, index)."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"{PREFIX}{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(4)}"
        folder = self.root / name
        folder.mkdir()
        return name, index.create_in(str(folder), make_schema())

    def publish(self, name: str) -> None:
        """Make a generation live in one atomic step."""
        temporary = self.root / f".{POINTER}.{secrets.token_hex(4)}"
        temporary.write_text(name, encoding="utf-8")
        os.replace(temporary, self.root / POINTER)

    def ensure(self) -> bool:
        """Create and publish an empty index if there is none; return True if it did."""
        if self._live_exists():
            return False
        with self.exclusive(wait=True):
            if self._live_exists():
                return False
            name, _ = self.new_generation()
            self.publish(name)
            return True

    def _live_exists(self) -> bool:
        name = self.live_name()
        return bool(name) and index.exists_in(self.root / name)

    def prune(self, keep: int = 1) -> list[str]:
        """Delete generations other than the live one and the ``keep`` newest others."""
        live = self.live_name()
        others = sorted((p for p in self.root.glob(f"{PREFIX}*") if p.name != live),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        removed = []
        for folder in others[keep:]:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
        return removed

    @contextmanager
    def exclusive(self, wait: bool = False):
        """Hold the rebuild lock (one rebuild at a time, across processes)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "rebuild.lock", "a+b") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RebuildRunning("another reindex is running") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
