"""The provider portal: my listings, a listing's overview, edit (the whole form, or one section
at a time), add, the quick availability update, confirm "still correct", retire and claim.

Every route checks the role (``login_required_role``) and, for a listing, that the account may
edit it (``can_edit_service``); a listing someone may not edit answers 404, exactly as one that
does not exist, so ids cannot be probed.
"""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlmodel import select

from .. import db, listings, moderation
from ..accounts import can_edit_service, current_account, login_required_role
from ..models import ChangeRequest, Service
from ..moderation import claims
from ..moderation.forms import ClaimForm, ConfirmForm, RetireForm
from .provider_dashboard import dashboard_page, quick_update
from .provider_edit import edit_listing, new_listing
from .provider_sections import edit_section, listing_overview

provider = Blueprint("provider", __name__, url_prefix="/provider")
ROLES = ("provider", "moderator", "admin")


def editable_service(service_id: int) -> Service:
    """Return the listing if the signed-in account may edit it; 404 otherwise."""
    session = db.session()
    service = session.get(Service, service_id)
    if service is None or not can_edit_service(session, current_account(), service):
        abort(404)
    return service


@provider.get("/")
@login_required_role(*ROLES)
def dashboard():
    """List my organisations' listings, each with its quick update and "still correct"."""
    return dashboard_page()


@provider.route("/services/new", methods=["GET", "POST"])
@login_required_role(*ROLES)
def new():
    """Add a listing for one of my organisations."""
    return new_listing()


@provider.get("/services/<int:service_id>")
@login_required_role(*ROLES)
def listing(service_id: int):
    """Show a listing section by section, each with a link to change it."""
    return listing_overview(editable_service(service_id))


@provider.route("/services/<int:service_id>/edit", methods=["GET", "POST"])
@login_required_role(*ROLES)
def edit(service_id: int):
    """Edit every field of a listing (held for a moderator unless the organisation is trusted)."""
    return edit_listing(editable_service(service_id))


@provider.route("/services/<int:service_id>/edit/<name>", methods=["GET", "POST"])
@login_required_role(*ROLES)
def section(service_id: int, name: str):
    """Edit one section of a listing (``provider_sections.SECTIONS``), saved like the whole form."""
    return edit_section(editable_service(service_id), name)


@provider.post("/services/<int:service_id>/confirm")
@login_required_role(*ROLES)
def confirm(service_id: int):
    """Record in one click that the listing is still correct today."""
    service = editable_service(service_id)
    if ConfirmForm().validate_on_submit():
        session, account = db.write_session(), current_account()
        listings.confirm_service(session, service, moderation.actor_for(account))
        flash(_("Thank you. “%(name)s” is marked as checked today.", name=service.name),
              "success")
    return redirect(url_for(".dashboard"))


@provider.post("/services/<int:service_id>/availability")
@login_required_role(*ROLES)
def availability(service_id: int):
    """Publish at once whether a listing takes referrals and how long the wait is."""
    return quick_update(editable_service(service_id))


@provider.route("/services/<int:service_id>/retire", methods=["GET", "POST"])
@login_required_role(*ROLES)
def retire(service_id: int):
    """Take a listing out of the directory, after asking to be sure."""
    service = editable_service(service_id)
    form = RetireForm()
    if service.status == "inactive":
        flash(_("“%(name)s” is already out of the directory.", name=service.name), "info")
        return redirect(url_for(".dashboard"))
    if form.validate_on_submit():
        session, account = db.write_session(), current_account()  # lock before reading requests
        for change in session.exec(select(ChangeRequest).where(
                ChangeRequest.service_id == service.id, ChangeRequest.status == "pending")):
            change.status = "withdrawn"
            session.add(change)
        listings.retire_service(session, service, moderation.actor_for(account),
                                reason=form.reason.data or "")
        flash(_("“%(name)s” has been taken out of the directory.", name=service.name), "success")
        return redirect(url_for(".dashboard"))
    return render_template("provider/retire.html", service=service, form=form)


@provider.get("/claim")
@login_required_role("provider")
def claim_search():
    """Find a listing nobody looks after yet, by its name or its organisation's name."""
    words = (request.args.get("q") or "").strip()
    results = claims.claimable_services(db.session(), words) if len(words) >= 2 else []
    return render_template("provider/claim_search.html", words=words, results=results)


@provider.route("/services/<int:service_id>/claim", methods=["GET", "POST"])
@login_required_role("provider")
def claim(service_id: int):
    """Ask a moderator to let me look after an unclaimed listing."""
    session, account = db.session(), current_account()
    service = session.get(Service, service_id)
    if not claims.is_claimable(session, service):
        abort(404)
    waiting = claims.pending_claim(session, service.id, account.id)
    form = ClaimForm()
    if form.validate_on_submit():
        claims.create_claim(session, service, account, form.message.data or "")
        flash(_("Thank you. A moderator will check your request to look after “%(name)s” and "
                "email you.", name=service.name), "success")
        return redirect(url_for(".dashboard"))
    status = 422 if form.errors else 200
    return render_template("provider/claim.html", service=service, form=form,
                           waiting=waiting), status
