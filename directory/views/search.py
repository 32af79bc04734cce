"""The public search page: crisis help first, nearby services, then national ones."""

from flask import Blueprint, render_template, request

from .. import db
from ..search import SearchParamError, SearchParams, detect_crisis, run_search
from ..search.params import DEFAULT_RADIUS, format_miles

search_pages = Blueprint("search_pages", __name__)
RADIUS_CHOICES = (1, 2, 5, 10, 25, 50)


@search_pages.get("/search")
def search():
    """Search by words, place and filters; a bad parameter shows a helpful message (400)."""
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
        return _page(params, None, error, form), 400
    return _page(params, results, None, form)


def _page(params, results, error, form):
    # Crisis help shows even when a parameter was wrong: the words alone decide it.
    crisis = results.crisis if results else bool(detect_crisis(form["q"]))
    return render_template(
        "search/results.html", params=params, results=results, error=error, form=form,
        crisis=crisis,
        radius_choices=_radius_choices(params.radius), radius_text=format_miles(params.radius),
        wider_radius=_wider(params.radius),
    )


def _radius_choices(current: float) -> list[str]:
    choices = sorted({float(r) for r in RADIUS_CHOICES} | {float(current or DEFAULT_RADIUS)})
    return [format_miles(r) for r in choices]


def _wider(radius: float) -> float | None:
    """Return the next radius up to offer when few services were found nearby."""
    return next((float(r) for r in RADIUS_CHOICES if r > radius), None)
