"""Commands for the steering group: insights (the same figures as /admin/insights)."""

import json

import click
from flask import current_app
from flask.cli import with_appcontext

COLUMN = 8  # the width of one age band's column in the text tables


@click.command("insights")
@click.option("--area", "areas", multiple=True, metavar="CODE",
              help="A local authority code (repeat for several); default: every area with a "
                   "service.")
@click.option("--since", default=None, metavar="DATE",
              help="The first day counted (YYYY-MM-DD); default: 12 months ago.")
@click.option("--until", default=None, metavar="DATE",
              help="The last day counted (YYYY-MM-DD); default: today.")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object: areas, coverage, unmet, searches, signposting.")
@with_appcontext
def insights_command(areas: tuple[str, ...], since: str | None, until: str | None,
                     as_json: bool):
    """Show the gaps in provision, what people searched for and didn't find, for some areas."""
    from directory import db
    from directory.insights.report import as_json as report_json
    from directory.insights.report import build_report
    from directory.insights.scope import ScopeError
    from directory.web import LANGUAGES

    session = db.new_session(current_app._get_current_object())
    try:
        report = build_report(session, areas, since, until, languages=len(LANGUAGES))
    except ScopeError as error:
        option = {"area": "--area", "since": "--since", "until": "--until"}[error.field]
        raise click.BadParameter(error.message, param_hint=f"'{option}'") from None
    finally:
        session.close()
    if as_json:
        click.echo(json.dumps(report_json(report), indent=2))
        return
    click.echo(_text(report))


def _text(report) -> str:
    """Return the report's main figures as text: coverage and gaps per area, then demand."""
    from directory.insights.provision import BANDS
    from directory.insights.report import as_json as report_json

    figures = report_json(report)
    period = report.scope.period
    lines = [f"Insights from {period.since} to {period.until} (counts of 1 to 4 shown as <5)."]
    for area in report.provision.areas:
        heat = area.maps["grouping"]
        lines += ["", f"{area.area.name} ({area.area.code}): {area.services} local services",
                  f"  {'grouping':<32}" + "".join(f"{band:>{COLUMN}}" for band in BANDS)]
        for code, _label in heat.rows:
            lines.append(f"  {code:<32}" + "".join(f"{heat.count(code, band):>{COLUMN}}"
                                                   for band in BANDS))
        gaps = [f"{label} {'/'.join(empty)}" for label, empty in heat.gaps_by_row()]
        lines.append("  gaps: " + ("; ".join(gaps) if gaps else "none"))
    searches = figures["searches"]
    lines += ["", f"Searches: {searches['total']} (crisis help shown: {searches['crisis']}; "
                  f"found nothing local: {searches['zero_local']}); signposting sheets: "
                  f"{figures['signposting']['sheets']}."]
    if figures["unmet"]:
        lines.append("Unmet needs (area, topic, age band: searches):")
        lines += [f"  {u['area']} {u['topic']} {u['age_band']}: {u['searches']}"
                  for u in figures["unmet"]]
    return "\n".join(lines)


COMMANDS = (insights_command,)
