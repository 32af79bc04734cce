"""Serving the directory: the gunicorn command line, its settings and private logs.

The application is never built here: each gunicorn worker imports ``directory.wsgi``, which
builds its own app, so no application or request context exists before a request arrives.
"""

import os
import signal
import subprocess
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


def server_environment(config, **settings: str) -> dict[str, str]:
    """Return this process's environment with the ``DIRECTORY_*`` variables that point a server
    at ``config``'s database, instance and index (mail written to the outbox), plus ``settings``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIRECTORY_")}
    env.update({
        "DIRECTORY_INSTANCE_PATH": config["INSTANCE_PATH"],
        "DIRECTORY_DATABASE_URL": config["DATABASE_URL"],
        "DIRECTORY_INDEX_PATH": config["INDEX_PATH"],
        "DIRECTORY_SECRET_KEY": config["SECRET_KEY"],
        "DIRECTORY_MAIL_ENABLED": "false",
    })
    env.update(settings)
    return env


def stop_server(process: subprocess.Popen, grace: float = 20) -> None:
    """Stop a server started in a session of its own: gracefully, then forcefully."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


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
