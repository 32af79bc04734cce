"""Pages for moderators and admins: the dashboard, organisations, stale listings, history,
and the admins' downloads of the whole directory.

The moderation queue and its decisions live in ``admin_moderation``, the audit log in
``admin_audit``, both on the same blueprint.
"""

import io

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy import func, or_
from sqlmodel import select

from .. import db, exports
from ..accounts import current_account, login_required_role
from ..listings import diff, freshness
from ..models import (
    LISTED,
    Account,
    AuditEvent,
    ChangeRequest,
    Claim,
    Membership,
    Organisation,
    ProblemReport,
    Service,
)
from ..moderation.conflicts import LISTING_ACTIONS
from ..moderation.forms import TrustForm

admin = Blueprint("admin", __name__, url_prefix="/admin")
STAFF = ("moderator", "admin")


def _count(session, model, *conditions) -> int:
    return session.exec(select(func.count()).select_from(model).where(*conditions)).one()


@admin.get("/")
@login_required_role(*STAFF)
def dashboard():
    """Show what needs doing: changes, claims, problem reports, stale listings, accounts."""
    session, today = db.session(), freshness.today_in_london()
    live = Service.status.in_(LISTED)
    counts = {
        "changes": _count(session, ChangeRequest, ChangeRequest.status == "pending"),
        "claims": _count(session, Claim, Claim.status == "pending"),
        "problems": _count(session, ProblemReport, ProblemReport.status == "open"),
        "stale": _count(session, Service, live, or_(
            Service.assured_date.is_(None),
            Service.assured_date < freshness.stale_cutoff(today))),
        "due": _count(session, Service, live,
                      Service.assured_date >= freshness.stale_cutoff(today),
                      Service.assured_date <= freshness.reminder_cutoff(today)),
        "accounts": _count(session, Account, Account.status == "requested"),
    }
    return render_template("admin/dashboard.html", counts=counts)


@admin.get("/organisations")
@login_required_role("admin")
def organisations():
    """List organisations with their members and listings, to mark them trusted or not."""
    session = db.session()
    members = dict(session.exec(select(Membership.organisation_id, func.count())
                                .group_by(Membership.organisation_id)).all())
    listed = dict(session.exec(select(Service.organisation_id, func.count())
                               .where(Service.status != "inactive")
                               .group_by(Service.organisation_id)).all())
    rows = session.exec(select(Organisation).order_by(Organisation.name)).all()
    return render_template("admin/organisations.html", organisations=rows, members=members,
                           listed=listed, form=TrustForm())


@admin.post("/organisations/<int:organisation_id>/trust")
@login_required_role("admin")
def trust(organisation_id: int):
    """Mark an organisation trusted (edits publish at once) or untrusted (checked first)."""
    session = db.session()
    organisation = session.get(Organisation, organisation_id) or abort(404)
    form = TrustForm()
    if not form.validate_on_submit():
        flash(_("Choose whether edits from %(name)s are checked first.", name=organisation.name),
              "error")
        return redirect(url_for(".organisations"))
    before, organisation.trusted = organisation.trusted, form.trusted.data == "yes"
    account = current_account()
    session.add(AuditEvent(actor_id=account.id, actor=account.email, action="trust",
                           entity="organisation", entity_id=organisation.id,
                           before={"trusted": before}, after={"trusted": organisation.trusted}))
    session.add(organisation)
    message = (_("Edits from %(name)s now publish at once.", name=organisation.name)
               if organisation.trusted else
               _("Edits from %(name)s are now checked by a moderator first.",
                 name=organisation.name))
    flash(message, "success")
    return redirect(url_for(".organisations"))


@admin.get("/stale")
@login_required_role(*STAFF)
def stale():
    """List live listings not confirmed for 12 months, then those between 6 and 12 months."""
    session, today = db.session(), freshness.today_in_london()
    live = session.exec(select(Service).where(Service.status.in_(LISTED))
                        .order_by(Service.assured_date.is_not(None), Service.assured_date,
                                  Service.name)).all()
    old = [s for s in live if freshness.is_stale(s, today)]
    due = [s for s in live
           if not freshness.is_stale(s, today) and freshness.needs_reminder(s, today)]
    members = set(session.exec(select(Membership.organisation_id)).all())
    return render_template("admin/stale.html", old=old, due=due, members=members, today=today)


@admin.get("/services/<int:service_id>/history")
@login_required_role(*STAFF)
def history(service_id: int):
    """Show every change to a listing: who, when, and what changed, newest first."""
    session = db.session()
    service = session.get(Service, service_id) or abort(404)
    events = session.exec(select(AuditEvent).where(
        AuditEvent.entity == "service", AuditEvent.entity_id == service_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())).all()
    known = diff.names(session)
    rows = [(event, diff.readable_diff(event.before, event.after, known))
            if event.action in LISTING_ACTIONS else (event, diff.details(event.after))
            for event in events]
    return render_template("admin/history.html", service=service, rows=rows,
                           actions=diff.ACTIONS, local_time=diff.local_time,
                           listing_actions=LISTING_ACTIONS)


@admin.get("/exports")
@login_required_role("admin")
def exports_page():
    """Show the downloads: the whole directory as ORUK JSON or CSV, and where insights CSVs are."""
    return render_template("admin/exports.html")


def _download(text: str, filename: str, mimetype: str) -> Response:
    return Response(text, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store"})


@admin.get("/exports/oruk.json")
@login_required_role("admin")
def export_oruk():
    """Download every published service as Open Referral UK JSON (what import-oruk reads)."""
    stream = io.StringIO()
    exports.export_oruk(db.session(), stream)
    return _download(stream.getvalue(), "directory-oruk.json", "application/json")


@admin.get("/exports/services.csv")
@login_required_role("admin")
def export_csv():
    """Download every published service in the CSV format that import-csv reads."""
    stream = io.StringIO()
    exports.export_csv(db.session(), stream)
    return _download(stream.getvalue(), "directory-services.csv", "text/csv")
