"""The served tier: the real ``directory serve`` (gunicorn, several workers) in a subprocess.

Tests talk to it only over HTTP, each client with its own cookie jar, exactly as people and other
programs do. Setting up data (accounts, listings) may use the same database directly.
"""

import re
import subprocess
import time
from pathlib import Path

import httpx
from accounts_support import free_port
from database_support import Database, make_app, prepare

from directory import search
from directory.serving import directory_command, server_environment, stop_server
from directory.setup_data import seed_demo

STARTUP_SECONDS = 90
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


class DemoInstance:
    """An instance folder with its own database holding the seeded demo directory."""

    def __init__(self, folder: Path, seeded: bool = True):
        folder.mkdir(parents=True, exist_ok=True)
        self.database = Database(folder)
        self.app = make_app(folder, self.database)
        if seeded:
            prepare(self.app)
            seed_demo(self.app)
            search.rebuild(self.app)

    def close(self) -> None:
        """Drop the database (a PostgreSQL schema) and close connections."""
        self.database.drop(self.app)


def environment_for(app, **settings: str) -> dict[str, str]:
    """Return the ``DIRECTORY_*`` variables that point a server at ``app``'s database and files."""
    return server_environment(app.config, **settings)


def outbox(app) -> list[Path]:
    """Return the emails a server on ``app``'s instance has written, oldest first."""
    return sorted((Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml"))


class ServedDirectory:
    """``directory <command>`` running as a subprocess on a free port until ``stop``."""

    def __init__(self, app, command=("serve", "--workers", "2"), **settings):
        self.app = app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        folder = Path(app.config["INSTANCE_PATH"])
        self.log_path = folder / f"server-{self.port}.log"
        env = environment_for(app, **{"DIRECTORY_SITE_URL": self.url, **settings})
        argv = [*directory_command(), *command, "--host", "127.0.0.1", "--port", str(self.port)]
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            argv, env=env, cwd=folder, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until_healthy()

    def wait_until_healthy(self) -> None:
        """Wait for ``/healthz`` to answer 200, failing with the server's log if it never does."""
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped:\n{self.log()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not become healthy:\n{self.log()}")

    def client(self, **options) -> httpx.Client:
        """Return a new HTTP client with its own cookie jar (a person with a fresh browser)."""
        return httpx.Client(base_url=self.url, timeout=30, **options)

    def master_pid(self) -> int:
        """Return gunicorn's arbiter process id (the ``directory`` command became gunicorn)."""
        return self.process.pid

    def worker_pids(self) -> list[int]:
        """Return the pids of gunicorn's current workers."""
        pid = self.master_pid()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return sorted(int(child) for child in children)

    def log(self) -> str:
        """Return everything the server printed."""
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        """Stop gunicorn gracefully (then forcefully) and close the log."""
        stop_server(self.process)
        self._log.close()


def token_of(html: str) -> str:
    """Return the CSRF token in a page's form."""
    match = TOKEN.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def sign_in(client: httpx.Client, email: str, password: str) -> httpx.Response:
    """Sign in through the real form (token from the page, cookie in the client's jar)."""
    page = client.get("/provider/login")
    return client.post("/provider/login", data={
        "csrf_token": token_of(page.text), "email": email, "password": password,
    })


def form_on(client: httpx.Client, url: str, action: str | None = None) -> tuple[str, list]:
    """Load a page as a browser would and return its form's action and fields."""
    from provider_support import pick_form

    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    form = pick_form(page.text, action)
    return form["action"] or url, list(form["fields"])


def submit_form(client: httpx.Client, url: str, changes: dict | None = None,
                action: str | None = None, button: str | None = None,
                token: str | None | bool = True) -> httpx.Response:
    """Fill a page's form like a browser and post it; ``token`` False drops the CSRF token,
    a string replaces it (another client's)."""
    target, fields = form_on(client, url, action)
    changes = changes or {}
    fields = [(name, value) for name, value in fields if name not in changes]
    for name, value in changes.items():
        for item in value if isinstance(value, list) else [value]:
            fields.append((name, "y" if item is True else str(item)))
    if token is False:
        fields = [(name, value) for name, value in fields if name != "csrf_token"]
    elif isinstance(token, str):
        fields = [(name, token if name == "csrf_token" else value) for name, value in fields]
    if button:
        fields.append((button, "y"))
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return client.post(target, data=data)
