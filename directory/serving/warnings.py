"""Start-up warnings about settings that do not suit the way the directory is served."""

import os

from directory.config import load_settings
from directory.serving.site_address import startup_problem

PER_PROCESS_STORAGE = ("memory://",)


def startup_warnings(workers: int, settings: dict | None = None) -> list[str]:
    """Return a warning for each setting that would misbehave with ``workers`` processes."""
    settings = settings or load_settings()
    warnings = []
    storage = settings["RATELIMIT_STORAGE_URI"]
    if workers > 1 and storage.startswith(PER_PROCESS_STORAGE):
        warnings.append(
            f"Rate limits are stored per process ({storage}) but {workers} worker processes serve:"
            " each counts on its own, so every limit is multiplied. Unset"
            " DIRECTORY_RATELIMIT_STORAGE_URI (a file shared by this machine's workers) or set"
            " it to redis://…"
        )
    return warnings


def address_warnings(host: str, port: int, environ=os.environ) -> list[str]:
    """Return a warning when DIRECTORY_SITE_URL cannot lead people to a server on ``host:port``."""
    problem = startup_problem(environ.get("DIRECTORY_SITE_URL", "").strip(), host, port)
    return [problem] if problem else []
