"""Flask extensions, created unbound and initialised in the app factory."""

from flask import current_app
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from .web import rate_limits  # noqa: F401  registers the shared counter file

babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


@limiter.request_filter
def _limits_off() -> bool:
    """Skip every limit for an app whose settings switch them off."""
    return not current_app.config.get("LIMITS_ON", True)
