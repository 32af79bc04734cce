"""A listing part by part: an overview in plain words, and each section of the long edit form
on a short page of its own, saved with exactly the whole form's checks.

A section page posts only its own fields. Its save rebuilds the whole form as it would open now
(``provider_edit.start_form``: the live listing, or the provider's own waiting changes), takes
this section's inputs as typed and every other input as the page would have sent it, and goes
through ``provider_edit.save_edit``: the same validation, version check and moderation.
"""

from dataclasses import dataclass
from functools import partial

from flask import abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict

from .. import db, moderation
from ..accounts import current_account
from ..listings import diff
from ..listings.form_input import error_summary, prepare
from ..listings.forms import DECLARED, ListingForm
from ..models import Service
from .provider_edit import rearranged, save_edit, start_form
from .public_helpers import long_date


@dataclass(frozen=True)
class Section:
    """One short page of the edit form: its title, the overview's link, the form's parts."""

    title: object
    change: object
    parts: tuple[str, ...]  # macros of templates/provider/_parts.html, in the page's order


SECTIONS = {
    "about": Section(_l("What it is"), _l("Change what it is"),
                     ("about", "groupings", "topics")),
    "who": Section(_l("Who it’s for"), _l("Change who it’s for"), ("who", "referral")),
    "contact": Section(_l("How to get in touch"), _l("Change how to get in touch"),
                       ("contact", "how")),
    "where": Section(_l("Where and when"), _l("Change where and when"), ("where", "hours")),
    "availability": Section(_l("Availability"), _l("Change availability"), ("availability",)),
}

# The fields each part of the form asks for, as its macro shows them; the fields declared on
# ServiceInput with a form section follow their declaration (``DECLARED``).
PART_FIELDS = {
    "about": ("name", "summary", "description", "status"),
    "groupings": ("groupings",),
    "topics": ("topics", "support_types"),
    "who": ("audience", "minimum_age", "maximum_age"),
    "referral": ("self_referral", "self_referral_min_age", "referral_routes",
                 "parental_involvement", "confidentiality"),
    "how": ("delivery_modes", "cost", "cost_details", "languages", "other_languages",
            "accessibility"),
    "contact": ("phone", "text_number", "email", "url"),
    "where": ("national", "service_areas", "locations"),
    "hours": ("always_open", *(f"hours_{day}" for day in range(7))),
    "availability": ("availability", "wait_weeks", "availability_expires"),
}
# What every section page posts for itself: its token, the version it opened at, its buttons.
OWN_INPUTS = ("csrf_token", "version", "change_request", "save", "add_location",
              "check_postcodes")


def fields_of(section: Section) -> tuple[str, ...]:
    """Return the names of the form fields a section shows, in the page's order."""
    return tuple(name for part in section.parts for name in (
        *PART_FIELDS[part], *(n for n, where in DECLARED.items() if where == part)))


SECTION_OF = {name: slug for slug, section in SECTIONS.items() for name in fields_of(section)}


def listing_overview(service: Service):
    """Show a listing section by section, as its form would start, each with a link to change it."""
    session = db.session()
    edit = moderation.editing(session, current_account(), service)
    form = start_form(session, service, edit)
    blocks = [{"slug": slug, "section": section, "rows": answers(form, section)}
              for slug, section in SECTIONS.items()]
    return render_template("provider/listing.html", service=service, blocks=blocks,
                           waiting=edit.waiting, needs_review=edit.needs_review)


def edit_section(service: Service, slug: str):
    """Show one section of the edit form, or save it like the whole form."""
    if slug not in SECTIONS:
        abort(404)
    session = db.session()
    edit = moderation.editing(session, current_account(), service)
    start, show = start_form(session, service, edit), partial(_page, slug)
    if request.method == "GET":
        return show(start, service, edit)
    form = prepare(ListingForm(formdata=typed_over(start, SECTIONS[slug], request.form)),
                   session)
    if rearranged(form, session):
        return show(form, service, edit)
    # The section has no "correct today" tick box: the date the listing was checked stays.
    return save_edit(form, service, show, assured_date=edit.start.get("assured_date"),
                     then=url_for("provider.listing", service_id=service.id))


def typed_over(start: ListingForm, section: Section, typed: MultiDict) -> MultiDict:
    """Return the whole form's inputs: this section's as typed, the others as the page opened."""
    own = {*fields_of(section), *OWN_INPUTS}
    inputs = MultiDict()
    for name in SECTION_OF:
        if name not in own:
            _add_as_sent(inputs, start[name])
    for key, value in typed.items(multi=True):
        if key.split("-", 1)[0] in own:  # locations-0-town, availability_expires-day
            inputs.add(key, value)
    return inputs


def _add_as_sent(inputs: MultiDict, field) -> None:
    """Add what a browser sends for a field as the form shows it (ticked boxes only)."""
    if field.type == "FieldList":
        for entry in field:
            for sub in entry.form:
                _add_as_sent(inputs, sub)
    elif field.type == "DayField":
        for part in field.PARTS:
            inputs.add(f"{field.name}-{part}", field.part_value(part))
    elif field.type == "BooleanField":
        if field.data:
            inputs.add(field.name, "y")
    elif isinstance(field.data, list | tuple):
        for value in field.data:
            inputs.add(field.name, value)
    elif field.type == "RadioField":
        if field.data is not None:
            inputs.add(field.name, field.data)
    else:
        inputs.add(field.name, field._value())


def _page(slug: str, form: ListingForm, service: Service, edit: moderation.Editing,
          conflict=None, status: int = 200):
    """Render a section page; problems in fields on other pages link to where they are."""
    here, elsewhere = [], []
    for field_id, message in error_summary(form):
        holder = SECTION_OF.get(field_id.split("-", 1)[0])
        if holder == slug:
            here.append((field_id, message))
            continue
        address = (url_for("provider.section", service_id=service.id, name=holder)
                   if holder else url_for("provider.edit", service_id=service.id))
        words = _("%(problem)s (in “%(section)s”)", problem=message,
                  section=SECTIONS[holder].title) if holder else message
        elsewhere.append((f"{address}#{field_id}", words))
    rows = diff.pairs_to_rows(conflict, diff.names(db.session())) if conflict else []
    return render_template("provider/section.html", form=form, service=service, slug=slug,
                           section=SECTIONS[slug], waiting=edit.waiting,
                           needs_review=edit.needs_review, conflict=conflict,
                           conflict_rows=rows, errors=here, elsewhere=elsewhere), status


def answers(form: ListingForm, section: Section) -> list[tuple[str, list[str]]]:
    """Return (question, lines in plain words) for what a section's fields say now."""
    rows = []
    for name in fields_of(section):
        field = form[name]
        if name == "locations":
            rows.append((_("Places"), _places(field)))
        elif name == "always_open":
            rows.append((_("Opening hours"), _hours(form)))
        elif not name.startswith("hours_"):
            rows.append((str(field.label.text), _plain(field)))
    return rows


def _plain(field) -> list[str]:
    if field.type in ("RadioField", "CheckboxesField"):
        return [str(option.label.text) for option in field if option.checked]
    if field.type == "BooleanField":
        return [_("Yes") if field.data else _("No")]
    if field.type == "DayField":
        return [long_date(field.data)] if field.data else []
    return [line for line in (field._value() or "").splitlines() if line.strip()]


def _places(locations) -> list[str]:
    places = []
    for entry in locations:
        place = entry.form
        if place.is_blank():
            continue
        words = ", ".join(part for part in (place.name.data, place.address.data,
                                            place.town.data, place.postcode.data) if part)
        places.append(_("%(place)s (address kept private)", place=words)
                      if place.hide_address.data else words)
    return places


def _hours(form: ListingForm) -> list[str]:
    if form.always_open.data:
        return [str(form.always_open.label.text)]
    days = [_("%(day)s: %(times)s", day=field.label.text, times=field.data)
            for _day, field in form.hours_fields() if (field.data or "").strip()]
    return days or [_("No set hours")]
