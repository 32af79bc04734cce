"""Error answers: a calm page for people, the one JSON error shape for the API, 503 when busy."""

import sqlite3

from flask import Flask, current_app, jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, ServiceUnavailable

from .. import db

# PostgreSQL's statement timeout, lock timeout and deadlock: the database was busy, not broken.
BUSY_SQLSTATES = frozenset({"57014", "55P03", "40P01"})
RETRY_AFTER_SECONDS = 5


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


def init_app(app: Flask) -> None:
    """Register the error handlers, the most specific first."""
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(OperationalError, handle_database_busy)
    app.register_error_handler(Exception, handle_unexpected)
