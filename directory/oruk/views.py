"""The Open Referral UK 3.0 feed: read-only JSON under /oruk, open to anyone, from any site."""

from functools import cache, wraps
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_babel import force_locale

from .. import db
from ..mail import external_url
from ..web import json_error
from . import places, queries
from .documents import organization_doc, taxonomy_doc, term_doc
from .ids import PROFILE_URL, VERSION, is_uuid
from .organisations import organisation_page, published_organisation
from .params import FeedParamError, page_doc, page_request, proximity, service_filters
from .service_docs import service_doc, service_list_doc
from .service_parts import location_doc
from .vocabulary import Vocabulary, taxonomies

oruk = Blueprint("oruk", __name__, url_prefix="/oruk")
OPENAPI = Path(__file__).with_name("openapi.json")


@oruk.after_request
def allow_any_origin(response):
    """Let pages on any site read the feed (ORUK asks every answer for this CORS header)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def feed_view(view):
    """Answer in English, turning a bad parameter into the one JSON error shape (400)."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        with force_locale("en"):
            try:
                return view(*args, **kwargs)
            except FeedParamError as error:
                return json_error(400, error.code, error.message, error.field)

    return wrapper


def _missing(what: str):
    return json_error(404, "not_found", f"There is no {what} with this id in the feed.")


@cache
def _openapi_text() -> str:
    """Return the shipped OpenAPI document (read once per process; it ships with the code)."""
    return OPENAPI.read_text(encoding="utf-8")


@oruk.get("/")
def about():
    """Say which ORUK version and profile this feed follows, and where its OpenAPI file is."""
    return jsonify({"version": VERSION, "profile": PROFILE_URL,
                    "openapi_url": external_url("oruk.openapi")})


@oruk.get("/openapi.json")
def openapi():
    """Serve our corrected, self-contained OpenAPI 3.1 description of the feed."""
    return current_app.response_class(_openapi_text(), mimetype="application/json")


@oruk.get("/services")
@feed_view
def services():
    """List services (one-to-one fields and the organisation), filtered and paged."""
    page, filters = page_request(request.args), service_filters(request.args)
    session = db.session()
    rows, total = queries.service_page(session, filters, Vocabulary(session), page)
    return jsonify(page_doc([service_list_doc(s) for s in rows], total, page))


@oruk.get("/services/<oruk_id>")
@feed_view
def service(oruk_id: str):
    """Return one service, fully nested (a retired one as its list entry, status inactive)."""
    session = db.session()
    found = queries.published_service(session, oruk_id) if is_uuid(oruk_id) else None
    if found is None:
        return _missing("service")
    if found.status in queries.RETIRED:
        return jsonify(service_list_doc(found))
    links = queries.location_links(session, [found])
    return jsonify(service_doc(found, Vocabulary(session), links))


@oruk.get("/service_at_locations")
@feed_view
def service_at_locations():
    """List services at their locations, filtered, near a postcode when one is given."""
    page, filters = page_request(request.args), service_filters(request.args)
    postcode, metres = proximity(request.args)
    session = db.session()
    vocabulary = Vocabulary(session)
    rows, total = places.place_page(session, filters, vocabulary, page, postcode, metres)
    return jsonify(page_doc([_placed_doc(row, vocabulary, False) for row in rows], total, page))


@oruk.get("/service_at_locations/<oruk_id>")
@feed_view
def service_at_location(oruk_id: str):
    """Return one service at a location, with the location's address."""
    session = db.session()
    found = places.published_place(session, oruk_id) if is_uuid(oruk_id) else None
    if found is None:
        return _missing("service at a location")
    return jsonify(_placed_doc(found, Vocabulary(session), True))


def _placed_doc(placed: places.Placed, vocabulary, full: bool) -> dict:
    return {"id": placed.link_id, "service_id": placed.service.oruk_id,
            "location_id": placed.location.oruk_id,
            "location": location_doc(placed.location, placed.service, vocabulary, full),
            "service": service_list_doc(placed.service)}


@oruk.get("/organizations")
@feed_view
def organizations():
    """List the organisations that run listed services."""
    page = page_request(request.args)
    rows, total = organisation_page(db.session(), page)
    return jsonify(page_doc([organization_doc(o) for o in rows], total, page))


@oruk.get("/organizations/<oruk_id>")
@feed_view
def organization(oruk_id: str):
    """Return one organisation with its listed services."""
    found = published_organisation(db.session(), oruk_id) if is_uuid(oruk_id) else None
    if found is None:
        return _missing("organization")
    organisation, rows = found
    doc = organization_doc(organisation)
    doc["services"] = [{k: v for k, v in service_list_doc(s).items() if k != "organization"}
                       for s in rows]
    return jsonify(doc)


@oruk.get("/taxonomies")
@feed_view
def taxonomy_list():
    """List the taxonomies: THRIVE groupings, topics, support types, delivery modes, audience."""
    page = page_request(request.args)
    every = list(taxonomies())
    chosen = every[page.offset:page.offset + page.per_page]
    return jsonify(page_doc([taxonomy_doc(t) for t in chosen], len(every), page))


@oruk.get("/taxonomies/<oruk_id>")
@feed_view
def taxonomy(oruk_id: str):
    """Return one taxonomy with its terms."""
    found = next((t for t in taxonomies() if t.id == oruk_id), None)
    if found is None:
        return _missing("taxonomy")
    terms = [term for term in Vocabulary(db.session()).terms if term.taxonomy == found]
    return jsonify(taxonomy_doc(found, terms))


@oruk.get("/taxonomy_terms")
@feed_view
def taxonomy_terms():
    """List every published taxonomy term, taxonomy by taxonomy."""
    page = page_request(request.args)
    every = Vocabulary(db.session()).terms
    chosen = every[page.offset:page.offset + page.per_page]
    return jsonify(page_doc([term_doc(t) for t in chosen], len(every), page))


@oruk.get("/taxonomy_terms/<oruk_id>")
@feed_view
def taxonomy_term(oruk_id: str):
    """Return one taxonomy term."""
    found = Vocabulary(db.session()).by_id.get(oruk_id)
    return jsonify(term_doc(found)) if found else _missing("taxonomy term")


@oruk.get("/<path:anything>")
def not_in_feed(anything: str):
    """Answer any other address under /oruk with the JSON 404."""
    return json_error(404, "not_found", "The feed has no such address: see /oruk/openapi.json.")
