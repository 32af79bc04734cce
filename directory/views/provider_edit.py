"""The listing form's two pages (edit and add): what was typed is kept through every problem.

A section of the edit form (``provider_sections``) saves through the same ``save_edit``.
"""

import re

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlmodel import Session, select

from .. import db, moderation
from ..accounts import current_account, is_staff, memberships
from ..listings import ListingError, StaleEdit, diff
from ..listings.form_input import error_summary, initial_data, prepare, to_input
from ..listings.form_parts import add_error, check_location
from ..listings.forms import ListingForm
from ..listings.freshness import today_in_london
from ..models import Organisation, Service

NEW_LISTING = {"status": "active", "minimum_age": 11, "maximum_age": 18, "languages": ["en"],
               "groupings": [], "delivery_modes": [], "cost": "free",
               "availability": "accepting", "locations": [{}]}


def edit_listing(service: Service):
    """Show the edit form, or save it: published, held for a moderator, or refused as stale."""
    session, account = db.session(), current_account()
    if request.method == "GET":
        edit = moderation.editing(session, account, service)
        return _page(start_form(session, service, edit), service, edit)
    form = prepare(ListingForm(), session)
    if rearranged(form, session):
        return _page(form, service, moderation.editing(session, account, service))
    return save_edit(form, service)


def start_form(session: Session, service: Service, edit: moderation.Editing) -> ListingForm:
    """Return the edit form as it opens: where ``edit`` starts, at the listing's version."""
    form = ListingForm(formdata=None, data=initial_data(session, edit.start))
    form.version.data = str(service.version)
    form.change_request.data = str(edit.held.id) if edit.held else ""
    return prepare(form, session)


def save_edit(form: ListingForm, service: Service, show=None, assured_date=None,
              then: str | None = None):
    """Save the edit in one write transaction, or show why not (what was typed is kept).

    ``show(form, service, edit, conflict=None, status=200)`` renders the page again (the whole
    form unless given); ``assured_date`` defaults to what "confirmed correct" says; ``then`` is
    the address a saved edit goes to (My listings unless given).
    """
    show = show or _page
    session, account = db.write_session(), current_account()
    form.validate()
    assured = _assured(form, service) if assured_date is None else assured_date
    data = to_input(form, session, service.organisation.name, service.service_ref,
                    assured_date=assured, website=service.organisation.website)
    if data is None:
        return show(form, service, moderation.editing(session, account, service), status=422)
    try:
        # A version that is missing or not a number can't show the form is up to date: stale.
        change = moderation.submit_edit(session, service, data, account,
                                        _int(form.version.data), _int(form.change_request.data))
    except StaleEdit as stale:
        db.discard_changes()
        return _refuse_stale(form, session, service, stale, show)
    except ListingError as error:
        db.discard_changes()
        _put_listing_errors(form, error)
        return show(form, service, moderation.editing(session, account, service), status=422)
    if change is None:
        flash(_("Saved. “%(name)s” is updated in the directory.", name=service.name), "success")
    else:
        flash(_("Thank you. A moderator will check your changes to “%(name)s” before they are "
                "published; the directory shows the listing as it was until then.",
                name=service.name), "success")
    return redirect(then or url_for("provider.dashboard"))


def new_listing():
    """Show the form for a new listing, or save it (pending review unless trusted)."""
    session, account = db.session(), current_account()
    organisations = _organisations(session, account)
    if not organisations:
        return render_template("provider/no_organisation.html")
    if request.method == "GET":
        form = ListingForm(formdata=None, data=initial_data(session, NEW_LISTING))
        form.confirm_correct.data = True
        form.organisation.data = organisations[0].id
        return _page(prepare(form, session, organisations), None)
    form = prepare(ListingForm(), session, organisations)
    if rearranged(form, session):
        return _page(form, None)
    db.begin_write(session)  # the new service_ref must stay unique until the commit
    form.validate()
    organisation = next((o for o in organisations if o.id == form.organisation.data), None)
    if organisation is None:
        add_error(form.organisation, _("Choose the organisation that runs the service."))
    data = to_input(form, session, organisation.name if organisation else "-",
                    _new_ref(session, organisation, form.name.data),
                    assured_date=today_in_london() if form.confirm_correct.data else None,
                    website=organisation.website if organisation else "")
    if data is None or organisation is None:
        return _page(form, None, status=422)
    try:
        service, change = moderation.submit_new_listing(session, data, account)
    except ListingError as error:
        db.discard_changes()
        _put_listing_errors(form, error)
        return _page(form, None, status=422)
    if change is None:
        flash(_("“%(name)s” is now in the directory.", name=service.name), "success")
    else:
        flash(_("Thank you. A moderator will check “%(name)s” before it appears in the "
                "directory.", name=service.name), "success")
    return redirect(url_for("provider.dashboard"))


def _page(form: ListingForm, service: Service | None, edit: moderation.Editing | None = None,
          conflict=None, status: int = 200):
    """Render the edit page (``edit`` says what saving will do) or, without a service, the new."""
    session, account = db.session(), current_account()
    if edit is not None:
        needs_review, waiting = edit.needs_review, edit.waiting
    else:
        needs_review, waiting = moderation.new_listings_need_review(
            session, account, _organisations(session, account)), None
    rows = diff.pairs_to_rows(conflict, diff.names(session)) if conflict else []
    template = "provider/edit.html" if service else "provider/new.html"
    return render_template(template, form=form, service=service, waiting=waiting,
                           conflict=conflict, conflict_rows=rows, needs_review=needs_review,
                           errors=error_summary(form)), status


def rearranged(form: ListingForm, session: Session) -> bool:
    """Handle "add another location" and "check the postcodes": no save, nothing lost."""
    if form.add_location.data:
        form.locations.append_entry()
        return True
    if form.check_postcodes.data:
        for entry in form.locations:
            if not entry.form.is_blank() and not entry.form.remove.data:
                check_location(session, entry.form)
        return True
    return False


def _refuse_stale(form: ListingForm, session: Session, service: Service, stale: StaleEdit,
                  show):
    """Keep what was typed, show what differs now, and base a second save on the new version."""
    edit = moderation.editing(session, current_account(), service)
    for field, value in ((form.version, service.version),
                         (form.change_request, edit.waiting.id if edit.waiting else "")):
        field.data, field.raw_data = str(value), [str(value)]
    form.general_errors.append(_(
        "Someone else saved changes to this listing while you were editing, so your changes "
        "were not saved. Compare them below, then save again to replace theirs with yours."))
    return show(form, service, edit, conflict=stale.changed, status=409)


def _put_listing_errors(form: ListingForm, error: ListingError) -> None:
    for key, message in error.errors.items():
        if key == "postcode" and len(form.locations):
            add_error(form.locations[0].form.postcode, message)
        else:
            form.general_errors.append(message)


def _assured(form: ListingForm, service: Service):
    return today_in_london() if form.confirm_correct.data else service.assured_date


def _organisations(session: Session, account) -> list[Organisation]:
    if is_staff(account):
        return list(session.exec(select(Organisation).order_by(Organisation.name)))
    return memberships(session, account)


def _new_ref(session: Session, organisation: Organisation | None, name: str | None) -> str:
    """Return a service_ref for a new listing, unique within its organisation."""
    base = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:80] or "service"
    if organisation is None:
        return base
    taken = set(session.exec(select(Service.service_ref).where(
        Service.organisation_id == organisation.id)))
    ref, n = base, 2
    while ref in taken:
        ref, n = f"{base}-{n}", n + 1
    return ref


def _int(text) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None
