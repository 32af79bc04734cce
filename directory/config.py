"""Settings from ``DIRECTORY_*`` environment variables, each with an embedded default."""

import os
import secrets
from pathlib import Path

DEFAULT_SITE_URL = "http://127.0.0.1:5000"  # what links name when DIRECTORY_SITE_URL is unset


def _flag(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def instance_path(environ=os.environ) -> Path:
    """Return the folder that holds all local state, creating it if needed."""
    path = Path(environ.get("DIRECTORY_INSTANCE_PATH") or Path.cwd() / "instance").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _secret_key(folder: Path, environ) -> str:
    """Use DIRECTORY_SECRET_KEY, else a key generated on first run and kept in the instance."""
    if environ.get("DIRECTORY_SECRET_KEY"):
        return environ["DIRECTORY_SECRET_KEY"]
    key_file = folder / "secret_key"
    if not key_file.exists():
        _write_once(key_file, secrets.token_urlsafe(48))
    return key_file.read_text().strip()


def _write_once(path: Path, text: str) -> None:
    """Create ``path`` holding ``text`` unless it exists; two processes starting at once agree."""
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # never readable
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text)
    try:
        os.link(draft, path)  # atomic: fails if another process created the file first
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system: an exclusive create is next best
        try:
            with os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "w") as f:
                f.write(text)
        except FileExistsError:
            pass
    finally:
        draft.unlink()


def load_settings(environ=os.environ) -> dict:
    """Read every setting the application uses into a Flask config mapping."""
    folder = instance_path(environ)
    get = environ.get
    return {
        "INSTANCE_PATH": str(folder),
        "SECRET_KEY": _secret_key(folder, environ),
        "DATABASE_URL": get("DIRECTORY_DATABASE_URL") or f"sqlite:///{folder / 'directory.db'}",
        "INDEX_PATH": get("DIRECTORY_INDEX_PATH") or str(folder / "index"),
        # How often (seconds) this node's index checks the change log when nothing wakes it.
        "FOLLOW_INTERVAL": float(get("DIRECTORY_FOLLOW_INTERVAL") or 1.0),
        "SITE_NAME": get("DIRECTORY_SITE_NAME") or "Hertfordshire THRIVE Directory",
        "SITE_URL": (get("DIRECTORY_SITE_URL") or DEFAULT_SITE_URL).rstrip("/"),
        "LOCAL_CRISIS_LINE": get("DIRECTORY_LOCAL_CRISIS_LINE") or "",
        "LOCAL_CRISIS_LINE_NAME": get("DIRECTORY_LOCAL_CRISIS_LINE_NAME") or "",
        "SMTP_HOST": get("DIRECTORY_SMTP_HOST") or "127.0.0.1",
        "SMTP_PORT": int(get("DIRECTORY_SMTP_PORT") or 25),
        "SMTP_USERNAME": get("DIRECTORY_SMTP_USERNAME") or "",
        "SMTP_PASSWORD": get("DIRECTORY_SMTP_PASSWORD") or "",
        "SMTP_STARTTLS": _flag(get("DIRECTORY_SMTP_STARTTLS")),
        "MAIL_FROM": get("DIRECTORY_MAIL_FROM") or "directory@localhost",
        "MAIL_ENABLED": _flag(get("DIRECTORY_MAIL_ENABLED"), default=False),
        # Empty: a counter file in the instance folder, shared by this machine's workers.
        "RATELIMIT_STORAGE_URI": get("DIRECTORY_RATELIMIT_STORAGE_URI") or "",
        "RATELIMIT_KEY_PREFIX": get("DIRECTORY_RATELIMIT_KEY_PREFIX") or "directory",
        "RATELIMIT_ENABLED": _flag(get("DIRECTORY_RATELIMIT_ENABLED"), default=True),
        "PROXY_HOPS": int(get("DIRECTORY_PROXY_HOPS") or 0),
        "SESSION_COOKIE_SECURE": _flag(get("DIRECTORY_SECURE_COOKIES")),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PREFERRED_URL_SCHEME": "https" if _flag(get("DIRECTORY_SECURE_COOKIES")) else "http",
        "WTF_CSRF_TIME_LIMIT": None,
        "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "Europe/London",
    }
