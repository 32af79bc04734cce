"""Cross-cutting web behaviour: language choice, security headers, errors, template helpers."""

import json
import sqlite3
from functools import cache

from flask import (
    Flask,
    current_app,
    g,
    has_request_context,
    jsonify,
    make_response,
    render_template,
    request,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, ServiceUnavailable

from . import db, paths
from .vocabulary import fixed, thrive

LANGUAGES = {"en": "English", "pl": "Polski", "ro": "Română", "ur": "اردو"}
RIGHT_TO_LEFT = {"ur"}
LANGUAGE_COOKIE = "lang"
# PostgreSQL's statement timeout, lock timeout and deadlock: the database was busy, not broken.
BUSY_SQLSTATES = frozenset({"57014", "55P03", "40P01"})
RETRY_AFTER_SECONDS = 5

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'; object-src 'none'"
)


def select_locale() -> str:
    """Choose the language: ?lang=, then the visitor's chosen cookie, then the browser's."""
    if not has_request_context():  # commands (create-user, send-reminders) render text too
        return current_app.config.get("BABEL_DEFAULT_LOCALE", "en")
    for candidate in (request.args.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if candidate in LANGUAGES:
            return candidate
    return request.accept_languages.best_match(list(LANGUAGES)) or "en"


def current_language() -> str:
    """Return the code of the language this page is shown in."""
    return str(get_locale() or "en")


def text_direction() -> str:
    """Return 'rtl' for right-to-left languages, else 'ltr'."""
    return "rtl" if current_language() in RIGHT_TO_LEFT else "ltr"


@cache
def _seed_crisis_contacts() -> list[dict]:
    data = json.loads((paths.SEED / "crisis_contacts.json").read_text(encoding="utf-8"))
    return data["contacts"] if isinstance(data, dict) else data


def crisis_contacts() -> list[dict]:
    """Return the national crisis contacts, with the site's local crisis line first if set."""
    contacts = list(_seed_crisis_contacts())
    phone = current_app.config.get("LOCAL_CRISIS_LINE")
    if phone:
        name = current_app.config.get("LOCAL_CRISIS_LINE_NAME") or "Local 24/7 mental health line"
        contacts.insert(1, {"id": "local", "name": name, "phone": phone, "how": f"Call {phone}",
                            "hours": "24/7", "who": "Anyone in this area, any age"})
    return contacts


def set_security_headers(response):
    """Add the security headers every response carries."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault(
        "Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()"
    )
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response


def wants_json() -> bool:
    """Say whether this request should get JSON errors (the API)."""
    return request.path.startswith("/api/") or request.path == "/healthz"


def json_error(status: int, code: str, message: str, field: str | None = None):
    """Return the one JSON error shape: {"error": {"code", "message", "field"}}."""
    response = jsonify({"error": {"code": code, "message": message, "field": field}})
    response.status_code = status
    return response


def handle_http_error(error: HTTPException):
    """Answer an HTTP error as JSON for the API and as a friendly page elsewhere."""
    if wants_json():
        return json_error(error.code or 500, (error.name or "error").lower().replace(" ", "_"),
                          error.description or "")
    return render_template("error.html", error=error), error.code


def handle_csrf_error(error: CSRFError):
    """Explain a missing or stale form token instead of failing silently."""
    if wants_json():
        return json_error(400, "csrf", error.description)
    return render_template("error.html", error=error), 400


def handle_unexpected(error: Exception):
    """Log the failure and show a calm page: no user ever sees a stack trace."""
    if isinstance(error, HTTPException):
        return handle_http_error(error)
    current_app.logger.exception("Unhandled error on %s", request.path)
    if wants_json():
        return json_error(500, "internal_error", "Something went wrong on our side.")
    return render_template("error.html", error=None), 500


def is_database_busy(error: Exception) -> bool:
    """Say whether a database error means it was busy (a lock or a timeout) rather than broken."""
    if not isinstance(error, OperationalError):
        return False
    cause = error.orig
    if getattr(cause, "sqlstate", None) in BUSY_SQLSTATES:
        return True
    words = str(cause).lower()
    return isinstance(cause, sqlite3.OperationalError) and ("locked" in words or "busy" in words)


def handle_database_busy(error: OperationalError):
    """Answer a database too busy to finish in time with 503 and Retry-After: nothing was saved."""
    if not is_database_busy(error):
        return handle_unexpected(error)
    db.discard_changes()
    reason = str(error.orig).splitlines()[0] if str(error.orig) else type(error.orig).__name__
    current_app.logger.warning("Database busy on %s %s: %s", request.method, request.path, reason)
    message = _("The directory is very busy just now. Nothing you sent has been saved: "
                "please try again in a few seconds.")
    if wants_json():
        response = json_error(503, "busy", message)
    else:
        page = render_template("error.html", error=ServiceUnavailable(message))
        response = make_response(page, 503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def template_globals() -> dict:
    """Values every template can use."""
    return {
        "LANGUAGES": LANGUAGES,
        "current_language": current_language,
        "text_direction": text_direction,
        "crisis_contacts": crisis_contacts,
        "GROUPINGS": thrive.GROUPINGS,
        "vocab": fixed,
        "site_name": current_app.config["SITE_NAME"],
    }


def one_request_one_context() -> None:
    """Refuse to serve a request in a context another request used (its ``g`` would leak).

    A server that pushed one application context for all its requests once served one
    visitor's sign-in, language and form tokens to the next; this turns any such setup into a
    loud failure instead of a quiet leak.
    """
    if g.get("_request_seen"):
        raise RuntimeError("this request reuses another request's application context")
    g._request_seen = True


def vary_by_language(response):
    """Tell caches that every page depends on the language and on the visitor's cookies."""
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response


def init_app(app: Flask) -> None:
    """Wire headers, error handlers and template helpers into the application."""
    app.before_request(one_request_one_context)
    app.after_request(set_security_headers)
    app.after_request(vary_by_language)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(OperationalError, handle_database_busy)
    app.register_error_handler(Exception, handle_unexpected)
    app.context_processor(template_globals)
