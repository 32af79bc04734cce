"""The moderation queue: change requests (with a field-by-field diff), claims, problem reports.

Its routes are on the ``admin`` blueprint; every one is for moderators and admins.
"""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from pydantic import ValidationError
from sqlmodel import select

from .. import db, moderation
from ..accounts import current_account, login_required_role
from ..listings import ListingError, StaleEdit, diff, snapshot
from ..models import Account, AuditEvent, ChangeRequest, Claim, ProblemReport, Service
from ..moderation import claims
from ..moderation.forms import ApproveForm, RejectForm, ResolveForm
from ..moderation.problem_reports import KINDS
from .admin import admin

STAFF = ("moderator", "admin")


def _get(model, item_id: int):
    item = db.session().get(model, item_id)
    if item is None:
        abort(404)
    return item


@admin.get("/moderation")
@login_required_role(*STAFF)
def queue():
    """List what waits for a moderator: change requests, claims and open problem reports."""
    session = db.session()
    changes = session.exec(select(ChangeRequest).where(ChangeRequest.status == "pending")
                           .order_by(ChangeRequest.created_at)).all()
    waiting_claims = session.exec(select(Claim).where(Claim.status == "pending")
                                  .order_by(Claim.created_at)).all()
    problems = session.exec(select(ProblemReport).where(ProblemReport.status == "open")
                            .order_by(ProblemReport.created_at)).all()
    return render_template(
        "admin/moderation.html", changes=changes, claims=waiting_claims, problems=problems,
        services=_services(session, [*changes, *waiting_claims, *problems]),
        accounts=_accounts(session, [c.account_id for c in (*changes, *waiting_claims)]),
        kinds=KINDS)


def _services(session, items) -> dict[int, Service]:
    ids = {item.service_id for item in items if item.service_id}
    found = session.exec(select(Service).where(Service.id.in_(ids))) if ids else []
    return {s.id: s for s in found}


def _accounts(session, ids) -> dict[int, Account]:
    ids = {i for i in ids if i}
    found = session.exec(select(Account).where(Account.id.in_(ids))) if ids else []
    return {a.id: a for a in found}


@admin.get("/moderation/changes/<int:change_id>")
@login_required_role(*STAFF)
def change(change_id: int, approve_form=None, reject_form=None, problem=None, status=200):
    """Show a change request as a field-by-field diff against the published listing."""
    session = db.session()
    request_ = _get(ChangeRequest, change_id)
    service = session.get(Service, request_.service_id)
    is_new = service.status == "pending"
    known = diff.names(session)
    compared = diff.compare({} if is_new else snapshot(service), request_.proposed, known)
    conflict = None
    if request_.status == "pending" and service.version != request_.base_version:
        conflict = moderation.find_conflict(session, request_, service)
    approve_form = approve_form or ApproveForm()
    if conflict is not None:  # approving from this page means the conflict has been seen
        seen = str(service.version)
        approve_form.acknowledged_version.data, approve_form.acknowledged_version.raw_data = (
            seen, [seen])
    return render_template(
        "admin/change.html", change=request_, service=service, rows=compared.changed,
        unchanged=[] if is_new else compared.unchanged, is_new=is_new,
        quick_updates=_quick_updates_since(session, request_), conflict=conflict, known=known,
        approve_form=approve_form,
        reject_form=reject_form or RejectForm(), problem=problem,
        submitter=session.get(Account, request_.account_id) if request_.account_id else None,
        decider=session.get(Account, request_.decided_by) if request_.decided_by else None,
        readable=diff.readable, label=diff.label,
    ), status


def _quick_updates_since(session, change: ChangeRequest) -> list[AuditEvent]:
    """Return the quick availability updates published after a request was made."""
    # They publish at once and bring the waiting request up to date (publish_availability),
    # so the moderator is told why the waiting time may differ from what was first sent.
    return list(session.exec(select(AuditEvent).where(
        AuditEvent.entity == "service", AuditEvent.entity_id == change.service_id,
        AuditEvent.action == "availability", AuditEvent.at > change.created_at)
        .order_by(AuditEvent.at))) if change.status == "pending" else []


@admin.post("/moderation/changes/<int:change_id>/approve")
@login_required_role(*STAFF)
def approve_change(change_id: int):
    """Publish a change request (after a conflict has been shown and acknowledged)."""
    session = db.write_session()
    request_ = _get(ChangeRequest, change_id)
    form = ApproveForm()
    if request_.status != "pending":
        return _already_decided(request_)
    if not form.validate_on_submit():
        abort(400)
    acknowledged = form.acknowledged_version.data
    try:
        service = moderation.approve_change(
            session, request_, current_account(),
            int(acknowledged) if acknowledged and acknowledged.isdigit() else None)
    except moderation.AlreadyDecided:
        db.discard_changes()
        return _already_decided(request_)
    except (moderation.ChangeConflict, StaleEdit):  # StaleEdit: the database refused the save
        db.discard_changes()
        return change(change_id, problem=_(
            "The listing has changed since this request was made. Check the differences below, "
            "then approve again to publish the provider's changes on top of the newer listing."),
            status=409)
    except (ValidationError, ListingError) as error:
        db.discard_changes()
        return change(change_id, problem=_("This request can't be published as it is: %(why)s",
                                           why=error), status=422)
    flash(_("Published the changes to “%(name)s”.", name=service.name), "success")
    return redirect(url_for("admin.queue"))


@admin.post("/moderation/changes/<int:change_id>/reject")
@login_required_role(*STAFF)
def reject_change(change_id: int):
    """Turn a change request down; the provider is emailed the reason."""
    session = db.write_session()
    request_ = _get(ChangeRequest, change_id)
    if request_.status != "pending":
        return _already_decided(request_)
    form = RejectForm()
    if not form.validate_on_submit():
        return change(change_id, reject_form=form, status=422)
    try:
        moderation.reject_change(session, request_, current_account(), form.reason.data)
    except moderation.AlreadyDecided:
        db.discard_changes()
        return _already_decided(request_)
    flash(_("Turned the change request down; the provider has been emailed your reason."),
          "success")
    return redirect(url_for("admin.queue"))


def _already_decided(item):
    flash(_("Someone has already dealt with this."), "info")
    return redirect(url_for("admin.queue"))


@admin.get("/moderation/claims/<int:claim_id>")
@login_required_role(*STAFF)
def claim(claim_id: int, reject_form=None, status=200):
    """Show a claim: who asks to look after which listing, and why."""
    session = db.session()
    item = _get(Claim, claim_id)
    return render_template(
        "admin/claim.html", claim=item, service=session.get(Service, item.service_id),
        claimant=session.get(Account, item.account_id), approve_form=ApproveForm(),
        reject_form=reject_form or RejectForm(),
        claimed=not claims.is_claimable(session, session.get(Service, item.service_id)),
    ), status


@admin.post("/moderation/claims/<int:claim_id>/approve")
@login_required_role(*STAFF)
def approve_claim(claim_id: int):
    """Let the claimant edit the listing's organisation's listings."""
    session = db.write_session()
    item = _get(Claim, claim_id)
    if item.status != "pending":
        return _already_decided(item)
    if not ApproveForm().validate_on_submit():
        abort(400)
    claims.approve_claim(session, item, current_account())
    flash(_("Approved: they can now edit the listing."), "success")
    return redirect(url_for("admin.queue"))


@admin.post("/moderation/claims/<int:claim_id>/reject")
@login_required_role(*STAFF)
def reject_claim(claim_id: int):
    """Turn a claim down; the claimant is emailed the reason."""
    session = db.write_session()
    item = _get(Claim, claim_id)
    if item.status != "pending":
        return _already_decided(item)
    form = RejectForm()
    if not form.validate_on_submit():
        return claim(claim_id, reject_form=form, status=422)
    claims.reject_claim(session, item, current_account(), form.reason.data)
    flash(_("Turned the claim down; they have been emailed your reason."), "success")
    return redirect(url_for("admin.queue"))


@admin.get("/moderation/problems/<int:report_id>")
@login_required_role(*STAFF)
def problem(report_id: int, form=None, status=200):
    """Show a problem report beside the listing it is about."""
    session = db.session()
    report = _get(ProblemReport, report_id)
    return render_template(
        "admin/problem.html", report=report, service=session.get(Service, report.service_id),
        form=form or ResolveForm(), kinds=KINDS,
        resolver=session.get(Account, report.resolved_by) if report.resolved_by else None,
    ), status


@admin.post("/moderation/problems/<int:report_id>/resolve")
@login_required_role(*STAFF)
def resolve_problem(report_id: int):
    """Close a problem report with a note of what was done."""
    session = db.write_session()
    report = _get(ProblemReport, report_id)
    if report.status != "open":
        return _already_decided(report)
    form = ResolveForm()
    if not form.validate_on_submit():
        return problem(report_id, form=form, status=422)
    moderation.resolve_problem(session, report, current_account(), form.note.data)
    flash(_("Marked the problem report as dealt with."), "success")
    return redirect(url_for("admin.queue"))
