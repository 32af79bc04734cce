"""SQLModel tables, one module per aggregate; importing this registers them all."""

from .account import ROLES, Account, Membership
from .base import utcnow
from .changes import ChangeLogEntry
from .events import AuditEvent, ReminderSent, UsageCount
from .gazetteer import LocalAuthority, Outcode, Place, Postcode, PostcodeSector
from .insights import SearchCount
from .location import Location, ServiceAtLocation
from .moderation import ChangeRequest, Claim, ProblemReport
from .organisation import Organisation
from .service import LISTED, STATUSES, Schedule, Service, ServiceGrouping, ServiceTerm
from .taxonomy import Grouping, TaxonomyTerm

__all__ = [
    "ROLES",
    "LISTED",
    "STATUSES",
    "Account",
    "AuditEvent",
    "ChangeLogEntry",
    "ChangeRequest",
    "Claim",
    "Grouping",
    "LocalAuthority",
    "Location",
    "Membership",
    "Organisation",
    "Outcode",
    "Place",
    "Postcode",
    "PostcodeSector",
    "ProblemReport",
    "ReminderSent",
    "Schedule",
    "SearchCount",
    "Service",
    "ServiceAtLocation",
    "ServiceGrouping",
    "ServiceTerm",
    "TaxonomyTerm",
    "UsageCount",
    "utcnow",
]
