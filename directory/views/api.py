"""The JSON API under /api/v1."""

from flask import Blueprint, jsonify, request

from .. import db
from ..search import SearchParamError, SearchParams, run_search
from ..web import json_error

api = Blueprint("api", __name__, url_prefix="/api/v1")


@api.get("/search")
def search():
    """Search services; the answer follows the JSON contract in DESIGN.md."""
    try:
        params = SearchParams.from_args(request.args)
        results = run_search(db.session(), params)
    except SearchParamError as error:
        return json_error(400, error.code, error.message, error.field)
    point = results.location
    hits = [_result(hit) for hit in results.local]
    if results.page == 1:  # the national section is not paged: it comes once, on page 1
        hits += [_result(hit) for hit in results.national]
    return jsonify({
        "query": params.as_json(),
        "location": _location(point) if point else None,
        "crisis": results.crisis,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "results": hits,
        "facets": results.facets,
        "suggestion": results.suggestion,
    })


def _location(point) -> dict:
    """Describe the searched point; a postcode placed by its sector or outcode is approximate."""
    return {
        "label": point.label, "lat": point.latitude, "lon": point.longitude,
        "kind": point.kind, "approximate": point.approximate, "matched": point.matched,
    }


def _result(hit) -> dict:
    service = hit.service
    miles = hit.distance_miles
    return {
        "id": service.id,
        "name": service.name,
        "organisation": service.organisation.name if service.organisation else "",
        "summary": service.summary,
        "groupings": service.grouping_codes,
        "audience": list(service.audience),
        "distance_miles": round(miles, 2) if miles is not None else None,
        "national": hit.national,
        "url": f"{request.url_root.rstrip('/')}/services/{service.id}",
    }
