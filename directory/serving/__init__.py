"""Serving the directory: the gunicorn command line, its settings and private logs.

The application is never built here: each gunicorn worker imports ``directory.wsgi``, which
builds its own app, so no application or request context exists before a request arrives.
"""

import os
import sys
from pathlib import Path

WSGI_APP = "directory.wsgi:app"
GUNICORN_SETTINGS = "python:directory.serving.gunicorn_settings"


def gunicorn_argv(host: str, port: int, workers: int) -> list[str]:
    """Return the command that serves the directory with gunicorn on ``host:port``."""
    return [
        sys.executable, "-m", "gunicorn",
        "--config", GUNICORN_SETTINGS,
        "--bind", f"{host}:{port}",
        "--workers", str(workers),
        WSGI_APP,
    ]


def directory_command() -> list[str]:
    """Return the ``directory`` console command installed beside this Python."""
    script = Path(sys.executable).with_name("directory")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from directory.cli import main; main()"]


def default_site_url(host: str, port: int) -> str | None:
    """Return the address a server bound to ``host:port`` is reached at, when it names one."""
    if host in ("0.0.0.0", "::", ""):
        return None  # every interface: only DIRECTORY_SITE_URL can say which name people use
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}"


def exec_gunicorn(host: str, port: int, workers: int) -> None:
    """Replace this process with gunicorn, so nothing of the command's own state survives."""
    sys.stdout.flush()
    sys.stderr.flush()
    argv = gunicorn_argv(host, port, workers)
    os.execv(argv[0], argv)
