"""``/healthz``: is the database answering and is the search index in step?"""

from flask import Blueprint, jsonify
from sqlalchemy import func
from sqlmodel import select

from .. import db, search
from ..models import Service

health = Blueprint("health", __name__)


@health.get("/healthz")
def healthz():
    """Report database and index health as JSON; 503 names the failing part."""
    body, status = {"database": "ok", "index": "ok", "services": None, "indexed": None}, 200
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
    if status == 200 and body["services"] != body["indexed"]:
        body["index"], status = "out of step with the database: run 'directory doctor'", 503
    return jsonify(body), status
