"""Import services from Open Referral UK documents: check every one, write all or nothing.

The same rules as the CSV importer: every problem is reported with the service's id and the
field, nothing is written unless every service passes, and a re-import updates the listing it
made before (matched on the id the service has in its feed) instead of adding another. Our own
feeds' services are published as they were; other feeds' services wait as pending listings with
a change request, their groupings proposed from their topics, until a moderator approves them.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from pydantic import ValidationError
from sqlmodel import Session, select

from directory import listings
from directory.listings.fields import ServiceInput
from directory.models import AuditEvent, ChangeRequest, Organisation, Service
from directory.oruk.vocabulary import Vocabulary
from directory.vocabulary.taxonomy import known_codes

from .oruk_ids import adopt_ids
from .oruk_mapping import Mapped, map_service

# ServiceInput field → where it came from in the ORUK document, for the report.
FIELDS = {"organisation": "organization.name", "organisation_website": "organization.website",
          "summary": "description", "groupings": "attributes", "topics": "attributes",
          "support_types": "attributes", "audience": "attributes",
          "delivery_modes": "attributes", "phone": "phones", "text_number": "phones",
          "locations": "service_at_locations", "opening_hours": "schedules"}


@dataclass(frozen=True)
class ImportProblem:
    """One problem: which service (its id in the feed), which field, what is wrong."""

    service: str
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"service {self.service or '(no id)'}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.reason}"


@dataclass
class OrukReport:
    services: int = 0
    created: int = 0
    updated: int = 0
    held: int = 0  # from other feeds: waiting for a moderator
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Checked:
    mapped: Mapped
    data: ServiceInput


def import_oruk(session: Session, documents: Iterable[dict], actor: listings.Actor,
                dry_run: bool = False, progress: Callable[[], None] | None = None) -> OrukReport:
    """Check every document; write the services only when all pass and not a dry run."""
    report, checked = check_documents(session, documents)
    if report.problems or dry_run:
        for item in checked:
            _count(report, _existing(session, item), item.mapped.ours)
        return report
    known = set(session.exec(select(Organisation.id)))
    actor = replace(actor, imported=True)  # availability is dated by the feed, not by today
    for item in checked:
        existing = _existing(session, item)
        _count(report, existing, item.mapped.ours)
        if item.mapped.ours:
            service = _publish(session, item, existing, actor)
        else:
            service = _hold(session, item, existing, actor)
        service.oruk_source_id = item.mapped.source_id
        service.oruk_unmapped = item.mapped.unmapped
        adopt_ids(session, service, item.mapped, new_organisation=service.organisation_id
                  not in known)
        if progress:
            progress()
    return report


def check_documents(session: Session, documents: Iterable[dict]) -> tuple[OrukReport, list]:
    """Map and validate every document; return the report and the valid ones."""
    report, checked, seen = OrukReport(), [], set()
    vocabulary, context = Vocabulary(session), known_codes(session)
    for document in documents:
        report.services += 1
        mapped = map_service(document, vocabulary)
        if not mapped.source_id or mapped.source_id in seen:
            report.problems.append(ImportProblem(mapped.source_id, "id", "a service needs an "
                                                 "id of its own (missing or repeated)"))
            continue
        seen.add(mapped.source_id)
        data = _validate(mapped, context, report.problems)
        if data is not None and _placed(session, mapped.source_id, data, report.problems):
            checked.append(_Checked(mapped, data))
    return report, checked


def _validate(mapped: Mapped, context: dict, problems: list) -> ServiceInput | None:
    try:
        return ServiceInput.model_validate(mapped.data, context=context)
    except ValidationError as error:
        for e in error.errors():
            name = str(e["loc"][0]) if e["loc"] else ""
            where = FIELDS.get(name, name) + "".join(f"[{p}]" if isinstance(p, int) else f".{p}"
                                                     for p in e["loc"][1:])
            reason = e["msg"].removeprefix("Value error, ")
            problems.append(ImportProblem(mapped.source_id, where, reason))
        return None


def _placed(session, source_id: str, data: ServiceInput, problems: list) -> bool:
    found = listings.place_problems(session, data)
    problems += [ImportProblem(source_id, f"service_at_locations[{problem.location}].location"
                               if problem.location is not None else problem.field,
                               problem.message) for problem in found]
    return not found


def _existing(session: Session, item: _Checked) -> Service | None:
    source_id = item.mapped.source_id
    found = session.exec(select(Service).where(Service.oruk_source_id == source_id)).first()
    found = found or session.exec(select(Service).where(Service.oruk_id == source_id)).first()
    return found or listings.find_service(session, item.data.organisation, item.data.service_ref)


def _count(report: OrukReport, existing: Service | None, ours: bool) -> None:
    report.created += existing is None
    report.updated += existing is not None
    report.held += not ours


def _publish(session, item: _Checked, existing: Service | None, actor) -> Service:
    if existing is None:
        return listings.create_service(session, item.data, actor)
    return listings.update_service(session, existing, item.data, actor)


def _hold(session, item: _Checked, existing: Service | None, actor) -> Service:
    """Keep another feed's service from the public until a moderator approves it."""
    service = existing
    if service is None:
        held = item.data.model_copy(update={"status": "pending"})
        service = listings.create_service(session, held, actor)
    proposed = item.data.model_dump(mode="json")
    if not listings.changed_fields(listings.snapshot(service), proposed):  # order is no change
        return service
    for waiting in session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == service.id, ChangeRequest.status == "pending",
            ChangeRequest.account_id.is_(None))):
        waiting.status = "superseded"
        session.add(waiting)
    change = ChangeRequest(service_id=service.id, organisation_id=service.organisation_id,
                           proposed=proposed, base_version=service.version)
    session.add(change)
    session.flush()
    session.add(AuditEvent(actor=actor.label, action="change-requested", entity="service",
                           entity_id=service.id, after={"change_request": change.id}))
    return service
