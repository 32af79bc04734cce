"""The five THRIVE needs-based groupings: the directory's common language."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class GroupingInfo:
    code: str
    name: object  # a lazy string: translated when rendered
    plain: object  # what it means, in plain words for young people
    examples: object


GROUPINGS = (
    GroupingInfo(
        "thriving",
        _l("Thriving"),
        _l(
            "Things that help everyone stay well: clubs, sport, arts, wellbeing apps, "
            "being with others."
        ),
        _l("Youth clubs, sport, music and art groups, nature projects, wellbeing apps."),
    ),
    GroupingInfo(
        "getting-advice",
        _l("Getting Advice and Signposting"),
        _l("Advice, self-help and someone to talk to about how you're feeling."),
        _l("Helplines, drop-ins, online chat, self-help guides, peer support."),
    ),
    GroupingInfo(
        "getting-help",
        _l("Getting Help"),
        _l(
            "Focused help for a while, with goals you agree: counselling, therapy groups, "
            "support sessions."
        ),
        _l("Counselling, short courses of therapy, support groups, family sessions."),
    ),
    GroupingInfo(
        "getting-more-help",
        _l("Getting More Help"),
        _l("More intensive or specialist help, usually from a team, for longer."),
        _l("Specialist NHS teams, eating disorder services, longer-term therapy."),
    ),
    GroupingInfo(
        "getting-risk-support",
        _l("Getting Risk Support"),
        _l("Help to stay safe when you're at risk, even when other help isn't working yet."),
        _l("Crisis teams, safety planning, safeguarding and support when things feel unsafe."),
    ),
)

CODES = tuple(g.code for g in GROUPINGS)
BY_CODE = {g.code: g for g in GROUPINGS}
POSITION = {code: i for i, code in enumerate(CODES)}


def grouping(code: str) -> GroupingInfo | None:
    """Return the grouping with this code, or None."""
    return BY_CODE.get(code)
