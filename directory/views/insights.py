"""The steering group's screen: gaps in provision, demand, data health and the THRIVE
checklist for some areas and a period, and every table of it as a CSV file.

For admins, moderators and commissioners. Read-only: nothing here writes or commits.
"""

from flask import Blueprint, Response, abort, render_template, request, url_for

from .. import db
from ..accounts import INSIGHT_ROLES, login_required_role
from ..insights import tables
from ..insights.charts import report_charts
from ..insights.listed import published_services
from ..insights.provision import BANDS, HeatMap
from ..insights.report import Report, build_report, headline
from ..insights.scope import ScopeError, served_areas
from ..web import LANGUAGES

insights = Blueprint("insights", __name__, url_prefix="/admin/insights")
MAX_AREAS = 400
SHADES = 4  # heat-map shades above "none"


def _asked() -> dict:
    """Return the areas and period asked for in the query string, as the form shows them."""
    codes = [code.strip()[:12] for code in request.args.getlist("area")[:MAX_AREAS]]
    return {"area": [code for code in codes if code],
            "since": (request.args.get("since") or "").strip()[:20],
            "until": (request.args.get("until") or "").strip()[:20]}


def _report(asked: dict) -> Report:
    return build_report(db.session(), asked["area"], asked["since"], asked["until"],
                        languages=len(LANGUAGES))


def scope_query(report: Report) -> dict:
    """Return the query string that asks for this report again (for links and exports)."""
    return {"area": list(report.scope.codes), "since": report.scope.period.since.isoformat(),
            "until": report.scope.period.until.isoformat()}


def shade(heat: HeatMap, count: int) -> int:
    """Return a cell's shade: 0 for none, else 1 to SHADES by its share of the largest cell."""
    peak = heat.peak()
    if not count or not peak:
        return 0
    return max(1, min(SHADES, -(-count * SHADES // peak)))


@insights.get("/")
@login_required_role(*INSIGHT_ROLES)
def page():
    """Show the report for the areas and period asked for (every area, last 12 months)."""
    asked = _asked()
    try:
        report = _report(asked)
    except ScopeError as error:
        session = db.session()
        choices = served_areas(session, published_services(session))
        return render_template("admin/insights.html", report=None, asked=asked, error=error,
                               choices=choices), 400
    figures = {name: tables.table(report, name) for name in tables.NAMES}
    return render_template(
        "admin/insights.html", report=report, asked=asked, error=None, figures=figures,
        choices=report.choices, headline=headline(report), charts=report_charts(report),
        bands=BANDS, shade=shade,
        export_url=lambda name: url_for(".export", name=name, **scope_query(report)))


@insights.get("/<name>.csv")
@login_required_role(*INSIGHT_ROLES)
def export(name: str):
    """Download one table of the report as CSV (people counts of 1 to 4 as "<5")."""
    if name not in tables.NAMES:
        abort(404)
    try:
        report = _report(_asked())
    except ScopeError as error:
        abort(400, description=error.message)
    period = report.scope.period
    filename = f"insights-{name}-{period.since.isoformat()}-{period.until.isoformat()}.csv"
    return Response(tables.csv_text(tables.table(report, name)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "Cache-Control": "no-store"})
