"""``/healthz``: is the database answering, is the search index in step (and how far this node
is behind the change log), and do the links this server sends lead back to it?
(Warnings never change the status a health check relies on.)"""

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import func
from sqlmodel import select

from .. import db, search
from ..models import Service
from ..search import follower
from ..serving.site_address import forwarded_host, request_problem

health = Blueprint("health", __name__)


@health.get("/healthz")
def healthz():
    """Report database and index health as JSON; 503 names the failing part."""
    body = {"database": "ok", "index": "ok", "services": None, "indexed": None,
            "warnings": address_warnings()}
    status = 200
    try:
        body["services"] = db.session().exec(
            select(func.count()).select_from(Service).where(Service.status.in_(search.LISTED))
        ).one()
    except Exception as error:  # the point of a health check is to report, not to crash
        body["database"], status = f"error: {type(error).__name__}", 503
    try:
        body["indexed"] = search.indexed_count()
    except Exception as error:
        body["index"], status = f"error: {type(error).__name__}", 503
    try:
        body["change_log"] = follower.lag(current_app._get_current_object())
    except Exception as error:
        body["change_log"] = f"error: {type(error).__name__}"
    behind = body["change_log"].get("behind") if isinstance(body["change_log"], dict) else None
    if status == 200 and body["services"] != body["indexed"] and not behind:
        # Catching up with the log (another node's change) is normal; out of step without
        # anything left to apply is not.
        body["index"], status = "out of step with the database: run 'directory doctor'", 503
    return jsonify(body), status


def address_warnings() -> list[str]:
    """Warn when this request reached another address than DIRECTORY_SITE_URL names."""
    hops = current_app.config.get("PROXY_HOPS", 0)
    # ProxyFix does not rewrite the Host (links never come from it); for this report only, the
    # host a trusted proxy was asked for is what the visitor used.
    host = forwarded_host(request.headers.get("X-Forwarded-Host"), hops) or request.host
    problem = request_problem(current_app.config["SITE_URL"], request.scheme, host)
    return [problem] if problem else []
