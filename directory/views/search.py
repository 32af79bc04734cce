"""The public search page: crisis help first, nearby services, then national ones."""

from dataclasses import replace

from flask import Blueprint, render_template, request

from .. import db
from ..search import SearchParamError, SearchParams, detect_crisis, run_search
from ..search.params import DEFAULT_RADIUS, format_miles

search_pages = Blueprint("search_pages", __name__)
RADIUS_CHOICES = (1, 2, 5, 10, 25, 50)


@search_pages.get("/search")
def search():
    """Search by words, place and filters; explain a bad parameter (400) or an unknown place."""
    form = {key: (request.args.get(key) or "").strip()[:200] for key in ("q", "location", "radius")}
    try:
        params = SearchParams.from_args(request.args)
    except SearchParamError as error:
        return _page(SearchParams(q=form["q"], location=form["location"]), None, error, form), 400
    if params.is_empty:
        return _page(params, None, None, form)
    try:
        results = run_search(db.session(), params)
    except SearchParamError as error:
        if error.code == "location_not_found":
            return _place_not_found(params, error, form)
        return _page(params, None, error, form), 400
    return _page(params, results, None, form)


def _place_not_found(params, error, form):
    """Say what to try next, and still show the services people can use wherever they live."""
    session = db.session()  # a place that can't be found is no search to count: nothing ran
    national = run_search(session, replace(params, location="", page=1), count=False).national
    if not national:  # nothing national for these words or filters: show them all
        national = run_search(session, SearchParams(), count=False).national
    return _page(params, None, error, form, national)


def _page(params, results, error, form, national=()):
    # Crisis help shows even when a parameter was wrong: the words alone decide it.
    crisis = results.crisis if results else bool(detect_crisis(form["q"]))
    return render_template(
        "search/results.html", params=params, results=results, error=error, form=form,
        crisis=crisis, national=results.national if results else national,
        radius_choices=_radius_choices(params.radius), radius_text=format_miles(params.radius),
        wider_radius=_wider(params.radius),
    )


def _radius_choices(current: float) -> list[str]:
    choices = sorted({float(r) for r in RADIUS_CHOICES} | {float(current or DEFAULT_RADIUS)})
    return [format_miles(r) for r in choices]


def _wider(radius: float) -> float | None:
    """Return the next radius up to offer when few services were found nearby."""
    return next((float(r) for r in RADIUS_CHOICES if r > radius), None)
