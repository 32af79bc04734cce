"""Cross-cutting web behaviour: language choice, security headers, errors, template helpers."""

import json
from functools import cache

from flask import Flask, current_app, has_request_context, jsonify, render_template, request
from flask_babel import get_locale
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from . import paths, thrive, vocab

LANGUAGES = {"en": "English", "pl": "Polski", "ro": "Română", "ur": "اردو"}
RIGHT_TO_LEFT = {"ur"}
LANGUAGE_COOKIE = "lang"

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


def template_globals() -> dict:
    """Values every template can use."""
    return {
        "LANGUAGES": LANGUAGES,
        "current_language": current_language,
        "text_direction": text_direction,
        "crisis_contacts": crisis_contacts,
        "GROUPINGS": thrive.GROUPINGS,
        "vocab": vocab,
        "site_name": current_app.config["SITE_NAME"],
    }


def init_app(app: Flask) -> None:
    """Wire headers, error handlers and template helpers into the application."""
    app.after_request(set_security_headers)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
    app.context_processor(template_globals)
