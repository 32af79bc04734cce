"""The provider's "My listings" page, and its quick update of referrals and waiting time.

The quick update publishes at once for every organisation, trusted or not: it goes stale fast
and is low risk. Everything else a provider changes keeps the moderation rules.
"""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlmodel import select

from .. import db, listings, moderation
from ..accounts import current_account, is_staff
from ..accounts import organisation_ids as member_of
from ..listings import rules
from ..listings.form_parts import add_error
from ..listings.freshness import (
    availability_is_current,
    is_stale,
    needs_reminder,
    today_in_london,
)
from ..models import LISTED, ChangeRequest, Organisation, Service
from ..moderation.forms import AvailabilityForm, ConfirmForm
from ..vocabulary import fixed


def dashboard_page(failed: tuple[int, AvailabilityForm] | None = None, status: int = 200):
    """Render "My listings"; ``failed`` is a quick update shown again with its problems."""
    session, account = db.session(), current_account()
    ids = member_of(session, account)
    services = session.exec(
        select(Service).where(Service.organisation_id.in_(ids))
        .order_by(Service.status == "inactive", Service.name)
    ).all() if ids else []
    waiting = {c.service_id: c for c in session.exec(select(ChangeRequest).where(
        ChangeRequest.organisation_id.in_(ids), ChangeRequest.status == "pending"))} if ids else {}
    quick = {s.id: _form_for(s) for s in services if s.status in LISTED}
    if failed is not None:
        quick[failed[0]] = failed[1]
    return render_template(
        "provider/dashboard.html", services=services, waiting=waiting,
        rejected=_last_rejections(session, ids), today=today_in_london(), is_stale=is_stale,
        needs_reminder=needs_reminder, availability_current=availability_is_current,
        confirm_form=ConfirmForm(), quick=quick,
        problems=_problems(*failed) if failed else [],
        organisations=session.exec(select(Organisation).where(Organisation.id.in_(ids))
                                   .order_by(Organisation.name)).all() if ids else [],
        staff=is_staff(account),
    ), status


def _form_for(service: Service) -> AvailabilityForm:
    return AvailabilityForm(formdata=None, data={
        "version": str(service.version), "availability": service.availability,
        "wait_weeks": service.wait_weeks})


def _problems(service_id: int, form: AvailabilityForm) -> list[tuple[str, str]]:
    """Return (field id, message) for the error summary, ids as the dashboard renders them."""
    found = [(f"availability-{service_id}", m) for m in form.availability.errors]
    found += [(f"wait-weeks-{service_id}", m) for m in form.wait_weeks.errors]
    return found + [(f"availability-{service_id}", m) for m in getattr(form, "problems", [])]


def _last_rejections(session, ids) -> dict[int, ChangeRequest]:
    """Return each listing's latest decided change request, when it was turned down."""
    if not ids:
        return {}
    latest: dict[int, ChangeRequest] = {}
    for change in session.exec(select(ChangeRequest).where(
            ChangeRequest.organisation_id.in_(ids),
            ChangeRequest.status.in_(("approved", "rejected"))).order_by(ChangeRequest.id)):
        latest[change.service_id] = change
    return {k: c for k, c in latest.items() if c.status == "rejected"}


def quick_update(service: Service):
    """Publish a listing's referrals and waiting time at once, or show why not (422, 409)."""
    if service.status not in LISTED:
        flash(_("“%(name)s” is not in the directory yet, so there is no waiting time to update. "
                "Edit the listing instead.", name=service.name), "info")
        return redirect(url_for("provider.dashboard"))
    form = AvailabilityForm()
    form.validate()  # reads the number; the CSRF token was checked before the view
    if form.wait_weeks.errors:
        return dashboard_page((service.id, form), 422)
    session, account = db.write_session(), current_account()
    try:
        waiting = moderation.publish_availability(
            session, service, form.availability.data or "", form.wait_weeks.data, account,
            _int(form.version.data))
    except listings.StaleEdit:
        db.discard_changes()
        return _refuse_stale(service, form)
    except listings.AvailabilityError as error:
        db.discard_changes()
        for field, code in error.codes.items():
            add_error(form[field], _plain(field, code))
        return dashboard_page((service.id, form), 422)
    message = _("Published: “%(name)s” now says “%(said)s”.", name=service.name,
                said=_said(service))
    if waiting is not None:
        message += " " + _("Your changes waiting for a moderator now say the same, so "
                           "approving them keeps it.")
    flash(message, "success")
    return redirect(url_for("provider.dashboard"))


def _refuse_stale(service: Service, form: AvailabilityForm):
    """Keep what was chosen, based now on the new version, so pressing again is deliberate."""
    version = str(service.version)  # read again after the rollback
    form.version.data, form.version.raw_data = version, [version]
    form.problems = [_("Someone else changed “%(name)s” while you were looking, so your update "
                       "was not published. Check what it says now, then press “Update” again "
                       "to publish yours.", name=service.name)]
    return dashboard_page((service.id, form), 409)


def _plain(field: str, code: str) -> str:
    if field == "availability":
        return _("Choose whether it can take new referrals now.")
    return rules.plain_words(code, field) or _("Enter a wait between 0 and 104 weeks.")


def _said(service: Service) -> str:
    """Return what the listing now says about referrals, as the public page words it."""
    if service.availability == "waiting-list" and service.wait_weeks:
        return ngettext("Waiting list: about %(num)s week", "Waiting list: about %(num)s weeks",
                        service.wait_weeks)
    return str(fixed.AVAILABILITY.get(service.availability, service.availability))


def _int(text) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
