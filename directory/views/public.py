"""Public pages for young people and families: home, groupings, listings, help and languages."""

from datetime import timedelta

from flask import (
    Blueprint,
    abort,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import force_locale
from sqlalchemy import func
from sqlmodel import select

from .. import db, moderation, search
from ..extensions import limiter
from ..listings import facts
from ..models import Service, ServiceGrouping
from ..moderation.problem_reports import report_problem as store_report
from ..vocabulary import thrive
from ..web.languages import LANGUAGE_COOKIE, by_code
from . import public_helpers
from .public_content import FEELINGS, GUIDES
from .public_forms import ProblemReportForm

public = Blueprint("public", __name__)
REPORT_LIMIT = "5 per hour"


@public.get("/")
def home():
    """Ask how the visitor feels, offer a search and explain the five kinds of help."""
    return render_template("public/home.html", feelings=FEELINGS, counts=grouping_counts())


def grouping_counts() -> dict[str, int]:
    """Return how many listed services each grouping has."""
    return dict(db.session().exec(
        select(ServiceGrouping.grouping_code, func.count())
        .join(Service, Service.id == ServiceGrouping.service_id)
        .where(Service.status.in_(search.LISTED))
        .group_by(ServiceGrouping.grouping_code)
    ).all())


@public.get("/groupings/<code>")
def grouping(code: str):
    """Explain one kind of help and list services of that kind near a place."""
    info = thrive.grouping(code) or abort(404)
    location = request.args.get("location", "").strip()[:100]
    results = error = None
    if location:
        params = search.SearchParams(location=location, groupings=[code], per_page=10)
        try:
            results = search.run_search(db.session(), params)
        except search.SearchParamError as problem:
            error = problem
    return render_template("public/grouping.html", grouping=info, guide=GUIDES[code],
                           location=location, results=results, error=error)


def listed_service(service_id: int) -> Service:
    """Return a listing the public may see, or stop with a helpful 404 page."""
    service = db.session().get(Service, service_id)
    if not facts.is_listed(service):
        abort(make_response(render_template("public/service_missing.html"), 404))
    return service


@public.get("/services/<int:service_id>")
def service(service_id: int):
    """Show everything a listing answers: who, how, when, where, cost and when last checked."""
    listing = listed_service(service_id)
    return render_template("public/service.html", service=listing,
                           facts=facts.listing_facts(listing))


@public.route("/services/<int:service_id>/report", methods=["GET", "POST"])
@limiter.limit(REPORT_LIMIT, methods=["POST"])
def report_problem(service_id: int):
    """Let anyone tell moderators a listing is wrong (this page alone sets a cookie: CSRF)."""
    listing = listed_service(service_id)
    form = ProblemReportForm()
    if form.validate_on_submit():
        if not form.website.data:  # a filled honeypot is a robot: thank it, store nothing
            session = db.session()
            report = store_report(session, listing.id, form.kind.data, form.message.data or "")
            with force_locale("en"):  # providers read English, whatever the reporter's language
                moderation.notify_problem_report(session, report)
        return redirect(url_for(".report_thanks", service_id=listing.id), 303)
    status = 400 if form.errors else 200
    return render_template("public/report.html", service=listing, form=form), status


@public.get("/services/<int:service_id>/report/thanks")
def report_thanks(service_id: int):
    """Thank the visitor for a report and say what happens next."""
    return render_template("public/report_thanks.html", service=listed_service(service_id))


@public.get("/language/<code>")
def language(code: str):
    """Remember the language the visitor chose (the only cookie a visitor gets by choice)."""
    if by_code(code) is None:
        abort(404)
    response = redirect(public_helpers.safe_next(request.args.get("next")), 303)
    response.set_cookie(
        LANGUAGE_COOKIE, code, max_age=int(timedelta(days=365).total_seconds()),
        samesite="Lax", httponly=True, secure=current_app.config.get("SESSION_COOKIE_SECURE"),
    )
    return response


@public.get("/get-help-now")
def get_help_now():
    """Show who to call or text right now, from 999 to the national helplines."""
    return render_template("public/get_help_now.html")


@public.get("/about")
def about():
    """Explain what this directory is, who runs it and how it sorts help."""
    return render_template("public/about.html")


@public.get("/accessibility")
def accessibility():
    """Show the accessibility statement."""
    return render_template("public/accessibility.html")


@public.get("/privacy")
def privacy():
    """Say what the site does and does not keep about visitors."""
    return render_template("public/privacy.html")


@public.get("/staying-safe-online")
def staying_safe():
    """Give advice on staying safe online."""
    return render_template("public/staying_safe.html")


@public.get("/for-providers")
def for_providers():
    """Tell services how to list themselves: the portal, getting an account, moderation."""
    return render_template("public/for_providers.html")
