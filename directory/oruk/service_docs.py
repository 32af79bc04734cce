"""A service as an ORUK document: the list entry and the fully nested record."""

from datetime import UTC, datetime

from ..models import Service
from ..vocabulary import fixed
from . import service_parts as parts
from .documents import attribute_doc, organization_doc, put
from .ids import EXTENSION

STATUS = {"active": "active", "temporarily-closed": "temporarily closed", "inactive": "inactive"}
# Our fields with no place in ORUK, published in the extension object so that a directory
# importing our feed (importers/oruk.py) loses nothing.
EXTENDED = ("service_ref", "summary", "self_referral", "self_referral_min_age",
            "referral_routes", "parental_involvement", "confidentiality", "accessibility",
            "cost", "cost_details", "availability", "wait_weeks", "availability_expires",
            "national")


def timestamp(moment: datetime) -> str:
    """Return a moment as RFC 3339 in UTC (stored times without a zone are UTC)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def service_list_doc(service: Service) -> dict:
    """Return the one-to-one fields of a service and its organisation (a list entry)."""
    doc = {"id": service.oruk_id, "organization_id": service.organisation.oruk_id,
           "name": service.name, "status": STATUS.get(service.status, "inactive")}
    put(doc, "description", service.description or service.summary)
    put(doc, "url", service.url)
    put(doc, "email", service.email)
    put(doc, "fees", _fees(service))
    doc["minimum_age"], doc["maximum_age"] = service.minimum_age, service.maximum_age
    if service.assured_date:
        doc["assured_date"] = service.assured_date.isoformat()
    put(doc, "alert", _alert(service))
    doc["last_modified"] = timestamp(service.last_modified)
    doc["organization"] = organization_doc(service.organisation)
    return doc


def service_doc(service: Service, vocabulary, links: dict) -> dict:
    """Return the fully nested service; ``links`` maps location row ids to their link's id."""
    doc = service_list_doc(service)
    put(doc, "schedules", [parts.schedule_doc(s, service) for s in service.schedules])
    put(doc, "service_areas", parts.area_docs(service, vocabulary))
    put(doc, "service_at_locations", [
        {"id": links[location.id], "service_id": service.oruk_id, "location_id": location.oruk_id,
         "location": parts.location_doc(location, service, vocabulary)}
        for location in service.locations])
    put(doc, "languages", parts.language_docs(service))
    put(doc, "phones", parts.phone_docs(service))
    put(doc, "cost_options", parts.cost_docs(service))
    put(doc, "contacts", parts.contact_docs(service))
    put(doc, "attributes", [attribute_doc(service.oruk_id, term)
                            for term in service_terms(service, vocabulary)])
    doc[EXTENSION] = extension(service)
    return doc


def service_terms(service: Service, vocabulary) -> list:
    """Return the published terms of a service: groupings, topics, support types, delivery
    modes and audience, in that order."""
    wanted = [("groupings", code) for code in service.grouping_codes]
    for kind in ("topic", "support_type"):
        wanted += [(kind, code) for code in sorted(service.term_codes(kind))]
    wanted += [("delivery_modes", code) for code in service.delivery_modes]
    wanted += [("audience", code) for code in service.audience]
    return [term for term in (vocabulary.term(*pair) for pair in wanted) if term]


def extension(service: Service) -> dict:
    """Return our own fields that ORUK has no place for (left out when empty or false)."""
    doc: dict = {}
    for field in EXTENDED:
        value = getattr(service, field)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        put(doc, field, value if value is not False else None)
    if service.description:
        doc["description"] = service.description
    return doc


def _fees(service: Service) -> str:
    label = str(fixed.COSTS.get(service.cost, service.cost))
    return f"{label}: {service.cost_details}" if service.cost_details else label


def _alert(service: Service) -> str:
    if service.status == "temporarily-closed":
        return "Temporarily closed."
    if service.availability == "not-accepting":
        return "Not taking referrals at the moment."
    if service.availability == "waiting-list":
        weeks = f" of about {service.wait_weeks} weeks" if service.wait_weeks else ""
        return f"Waiting list{weeks}."
    return ""
