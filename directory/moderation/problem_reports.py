"""Problems the public reports about a listing, kept for moderators."""

from flask_babel import lazy_gettext as _l
from sqlmodel import Session

from ..models import ProblemReport
from ..text_rules import MESSAGES, normalise_newlines, text_problem

KINDS = {
    "contact-details": _l("The phone number, email or website is wrong"),
    "address": _l("The address is wrong"),
    "opening-hours": _l("The opening hours are wrong"),
    "closed": _l("The service has closed or moved"),
    "who-its-for": _l("The ages or who it is for are wrong"),
    "other": _l("Something else"),
}
MESSAGE_LIMIT = 2000


def report_problem(
    session: Session, service_id: int, kind: str, message: str = ""
) -> ProblemReport:
    """Store a report about a listing for moderators to check; the caller commits."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of problem: {kind!r}")
    message = normalise_newlines(message.strip())
    if rule := text_problem(message, multiline=True):
        raise ValueError(f"the message {MESSAGES[rule]}")
    report = ProblemReport(service_id=service_id, kind=kind, message=message[:MESSAGE_LIMIT])
    session.add(report)
    session.flush()
    return report
