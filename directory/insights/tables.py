"""The report as named tables: what the page's tables show and what each CSV export holds.

Every count of people passes through ``suppress`` here, so no table (and no export) can hold
a 1 to 4. Codes come first in each row, for spreadsheets; names follow, for people.
"""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from ..vocabulary import thrive
from .demand import ELSEWHERE, NO_PLACE, Tally
from .health import ALL_LOCAL, NATIONAL
from .provision import BANDS, HeatMap
from .report import Report
from .suppression import suppress

KIND_NAMES = {"grouping": _l("Grouping"), "topic": _l("Topic"), "delivery": _l("Delivery mode"),
              "support": _l("Support type")}
NO_AGE_GIVEN = _l("No age given")


@dataclass(frozen=True)
class Table:
    """A table of figures: a name (its CSV file), a title, column headings and rows."""

    name: str
    title: object
    columns: tuple[object, ...]
    rows: list[tuple]


def age_label(band: str) -> object:
    """Return an age band as shown ("No age given" for searches without one)."""
    return band or NO_AGE_GIVEN


def _coverage(report: Report, dimension: str, name: str, title) -> Table:
    rows = []
    for area in report.provision.areas:
        heat = area.maps[dimension]
        for code, label in heat.rows:
            rows += [(area.area.code, area.area.name, code, str(label), band,
                      heat.count(code, band)) for band in BANDS]
    columns = (_l("Area code"), _l("Area"), _l("Code"), KIND_NAMES[dimension], _l("Age band"),
               _l("Services"))
    return Table(name, title, columns, rows)


def _national(report: Report) -> Table:
    rows = []
    for dimension, heat in report.provision.national.items():
        rows += _heat_rows(heat, dimension)
    return Table("national", _l("National services by grouping and support type × age band"),
                 (_l("Kind"), _l("Code"), _l("Name"), _l("Age band"), _l("Services")), rows)


def _heat_rows(heat: HeatMap, dimension: str) -> list[tuple]:
    return [(dimension, code, str(label), band, heat.count(code, band))
            for code, label in heat.rows for band in BANDS]


def _gaps(report: Report) -> Table:
    rows = []
    for area in report.provision.areas:
        for dimension, heat in area.maps.items():
            labels = dict(heat.rows)
            rows += [(area.area.code, area.area.name, dimension, code, str(labels[code]), band)
                     for code, band in heat.gaps()]
    return Table("gaps", _l("Gaps: no local service for this age band"),
                 (_l("Area code"), _l("Area"), _l("Kind"), _l("Code"), _l("Name"),
                  _l("Age band")), rows)


PEOPLE_COLUMNS = (_l("Searches"), _l("Showed crisis help"), _l("Found nothing local"),
                  _l("Signposting visits"), _l("Signposting sheets"))


def _people(tally: Tally) -> tuple:
    return (suppress(tally.searches), suppress(tally.crisis), suppress(tally.zero_local),
            suppress(tally.visits), suppress(tally.sheets))


def _by_area(report: Report) -> Table:
    names = {area.code: area.name for area in report.scope.areas}
    names[ELSEWHERE] = str(_l("Other areas"))
    names[NO_PLACE] = str(_l("No place given"))
    rows = [(code if code not in (ELSEWHERE, NO_PLACE) else "", names[code], *_people(tally))
            for code, tally in report.demand.by_area.items()]
    return Table("searches-by-area", _l("Searches and signposting by area"),
                 (_l("Area code"), _l("Area"), *PEOPLE_COLUMNS), rows)


def _by_month(report: Report) -> Table:
    rows = [(month, *_people(tally)) for month, tally in sorted(report.demand.by_month.items())]
    return Table("searches-by-month", _l("Searches and signposting by month"),
                 (_l("Month"), *PEOPLE_COLUMNS), rows)


def _by_topic(report: Report) -> Table:
    names = report.topic_names
    tallies = report.demand.by_topic
    rows = [(code, names.get(code, code), *_people(tallies[code]))
            for code in sorted(tallies, key=lambda c: names.get(c, c))]
    return Table("searches-by-topic", _l("Searches and signposting by topic"),
                 (_l("Code"), _l("Topic"), *PEOPLE_COLUMNS), rows)


def _by_grouping(report: Report) -> Table:
    tallies = report.demand.by_grouping
    rows = [(g.code, str(g.name), *_people(tallies.get(g.code, Tally())))
            for g in thrive.GROUPINGS]
    return Table("searches-by-grouping", _l("Searches filtered by grouping, and sheets by the "
                                            "groupings of the services on them"),
                 (_l("Code"), _l("Grouping"), *PEOPLE_COLUMNS), rows)


def _by_age(report: Report) -> Table:
    tallies = report.demand.by_age
    rows = [(band, str(age_label(band)), *_people(tallies.get(band, Tally())))
            for band in (*BANDS, "")]
    return Table("searches-by-age", _l("Searches and signposting by age band"),
                 (_l("Age band"), _l("Ages"), *PEOPLE_COLUMNS), rows)


def _unmet(report: Report) -> Table:
    names = {area.code: area.name for area in report.scope.areas}
    rows = [(u.area, names[u.area], u.topic, report.topic_names.get(u.topic, u.topic),
             str(age_label(u.age_band)), suppress(u.searches)) for u in report.demand.unmet]
    return Table("unmet", _l("Unmet needs: searches that found no local service, most first"),
                 (_l("Area code"), _l("Area"), _l("Code"), _l("Topic"), _l("Age band"),
                  _l("Searches")), rows)


def _health(report: Report) -> Table:
    labels = {g.code: str(g.name) for g in thrive.GROUPINGS}
    labels[ALL_LOCAL] = str(_l("All local services (each once)"))
    labels[NATIONAL] = str(_l("National services"))
    rows = [(row.key, labels[row.key], row.services, row.confirmed_6_months,
             row.share(row.confirmed_6_months), row.confirmed_12_months,
             row.share(row.confirmed_12_months), row.waiting_list, row.longest_wait_weeks,
             row.not_taking_referrals, row.temporarily_closed) for row in report.health]
    return Table("data-health", _l("Data health by grouping"), (
        _l("Code"), _l("Grouping"), _l("Services"), _l("Confirmed in the last 6 months"),
        _l("Per cent confirmed in 6 months"), _l("Confirmed in the last 12 months"),
        _l("Per cent confirmed in 12 months"),
        _l("Waiting list"), _l("Longest wait (weeks)"), _l("Not taking referrals"),
        _l("Temporarily closed")), rows)


def _checklist(report: Report) -> Table:
    rows = [(item.code, str(item.title), "yes" if item.in_place else "no", str(figure.label),
             figure.value) for item in report.checklist for figure in item.figures]
    return Table("checklist", _l("THRIVE checklist evidence"),
                 (_l("Code"), _l("Item"), _l("Evidence found"), _l("Figure"), _l("Value")),
                 rows)


BUILDERS: dict[str, Callable[[Report], Table]] = {
    "coverage": lambda r: _coverage(r, "grouping", "coverage",
                                    _l("Services by grouping × age band, per area")),
    "coverage-topics": lambda r: _coverage(r, "topic", "coverage-topics",
                                           _l("Services by topic × age band, per area")),
    "coverage-delivery": lambda r: _coverage(r, "delivery", "coverage-delivery",
                                             _l("Services by delivery mode × age band, per area")),
    "coverage-self-help": lambda r: _coverage(r, "support", "coverage-self-help",
                                              _l("Self-help and peer support × age band, "
                                                 "per area")),
    "national": _national,
    "gaps": _gaps,
    "searches-by-area": _by_area,
    "searches-by-month": _by_month,
    "searches-by-topic": _by_topic,
    "searches-by-grouping": _by_grouping,
    "searches-by-age": _by_age,
    "unmet": _unmet,
    "data-health": _health,
    "checklist": _checklist,
}
NAMES = tuple(BUILDERS)


def table(report: Report, name: str) -> Table:
    """Return one named table of the report; raise KeyError for an unknown name."""
    return BUILDERS[name](report)


def csv_text(figures: Table) -> str:
    """Return a table as CSV: a header row of its column headings, then its rows."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([str(column) for column in figures.columns])
    for row in figures.rows:
        writer.writerow(["" if value is None else str(value) for value in row])
    return stream.getvalue()
