"""Bar charts drawn on the server (inline SVG, no script): the bars of counts of people.

A suppressed count ("<5") is always drawn the same length, whatever it hides. Every chart has
its table on the page too: the chart is for seeing, the table for reading.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from flask_babel import format_date

from .report import Report
from .suppression import Published, bar_value, suppress

WIDTH = 720  # the chart's drawing width (the SVG scales to its box)
LABEL_WIDTH = 300  # room for the labels before the bars
LABEL_LENGTH = 44  # characters of a label shown (12px text: about 6.5 units a character)
VALUE_ROOM = 50  # room after the longest bar for its value
ROW = 26  # the height of one bar's row


@dataclass(frozen=True)
class Bar:
    """One bar: its label, the count shown ("<5" for 1 to 4), its length and position."""

    label: str
    shown: Published
    length: int
    y: int

    @property
    def suppressed(self) -> bool:
        """Say whether the bar stands for a suppressed count."""
        return isinstance(self.shown, str)


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: its bars and the drawing's height."""

    bars: tuple[Bar, ...]
    height: int
    label_width: int = LABEL_WIDTH

    @property
    def width(self) -> int:
        """Return the drawing's width."""
        return WIDTH


def bar_chart(items: Iterable[tuple[str, int]]) -> Chart:
    """Return a chart of (label, count) pairs, in the order given."""
    items = list(items)
    room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    peak = max((bar_value(count) for _, count in items), default=0) or 1
    bars = tuple(Bar(_shortened(label), suppress(count), round(room * bar_value(count) / peak),
                     i * ROW) for i, (label, count) in enumerate(items))
    return Chart(bars, max(1, len(bars)) * ROW)


UNMET_SHOWN = 10


def _shortened(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[:LABEL_LENGTH - 1] + "…"


def month_label(month: str) -> str:
    """Return "YYYY-MM" as a month and year in the page's language ("Jan 2026")."""
    year, number = (int(part) for part in month.split("-"))
    return format_date(date(year, number, 1), "MMM yyyy")


def report_charts(report: Report) -> dict[str, Chart]:
    """Return the report's charts: searches and sheets by month, by area, and the unmet needs."""
    demand = report.demand
    months = sorted(demand.by_month.items())
    names = {area.code: area.name for area in report.scope.areas}
    topics = report.topic_names
    unmet = [(f"{names[u.area]} · {topics.get(u.topic, u.topic)} · {u.age_band or '–'}",
              u.searches) for u in demand.unmet[:UNMET_SHOWN]]
    return {
        "searches-by-month": bar_chart((month_label(m), t.searches) for m, t in months),
        "sheets-by-month": bar_chart((month_label(m), t.sheets) for m, t in months),
        "searches-by-area": bar_chart((names[code], demand.by_area[code].searches)
                                      for code in report.scope.codes),
        "unmet": bar_chart(unmet),
    }
