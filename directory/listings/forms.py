"""The provider's listing form: every field of a listing, with plain labels and messages.

Its data becomes a ServiceInput (``directory.listing_form_input``), so the form and every other
way in are checked by the same rules; the form's own validators only add friendlier messages.
"""

from datetime import date

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.utils import unset_value
from wtforms.validators import InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..text_rules import check_one_line
from ..vocabulary import fixed, thrive
from .fields import FIELDS, ServiceInput

# Languages offered as tick boxes: English and England's most common other main languages.
COMMON_LANGUAGES = ("en", "pl", "ro", "pa", "ur", "pt", "es", "bn", "gu", "ar", "so", "tr",
                    "zh", "fr", "it", "lt", "ta", "bg", "uk", "ps", "fa", "ku", "sq")
MAX_LOCATIONS = 20


def choices(pairs) -> list[SelectChoice]:
    """Return (value, label) pairs as the options WTForms expects."""
    return [SelectChoice(value, label) for value, label in pairs]


class WholeNumberField(IntegerField):
    """An integer field that says plainly what it wants."""

    def process_formdata(self, valuelist):
        """Read a whole number, or explain what is wanted."""
        if valuelist and valuelist[0].strip():
            try:
                self.data = int(valuelist[0].strip())
            except ValueError:
                self.data = None
                raise ValueError(_l("Enter a whole number, like 12.")) from None
        else:
            self.data = None


class DayField(Field):
    """A date typed as day, month and year in three boxes (GOV.UK's pattern, no date picker).

    The browser sends ``<name>-day``, ``<name>-month`` and ``<name>-year``; ``data`` is a date or
    None. ``typed`` keeps the three parts as typed, so a page shown again keeps them, and
    ``faulty`` names the parts an error is about. ``raw_data`` is the parts joined, so
    ``Optional`` and ``InputRequired`` see whether anything was typed at all.
    """

    PARTS = ("day", "month", "year")
    LONGEST = {"day": 2, "month": 2, "year": 4}
    MISSING = {
        ("day",): _l("The date must include a day."),
        ("month",): _l("The date must include a month."),
        ("year",): _l("The date must include a year."),
        ("day", "month"): _l("The date must include a day and a month."),
        ("day", "year"): _l("The date must include a day and a year."),
        ("month", "year"): _l("The date must include a month and a year."),
    }
    NOT_A_DATE = _l("Enter a real date, like 31 3 2027.")
    SHORT_YEAR = _l("Enter the year in full, like 2027.")

    def process(self, formdata, data=unset_value, extra_filters=None):
        """Keep the three parts the browser sent, then read them (or the starting value)."""
        self.typed = None if formdata is None else {
            part: formdata.get(f"{self.name}-{part}", "").strip()[:20] for part in self.PARTS}
        self.faulty = ()
        super().process(formdata, data, extra_filters)

    def process_data(self, value):
        """Start from a date (or the ISO text a listing's snapshot holds)."""
        self.data = date.fromisoformat(value) if isinstance(value, str) and value else value or None

    def process_formdata(self, valuelist):
        """Read the day, month and year typed, or say plainly which part is missing or wrong."""
        typed = self.typed
        filled = [value for value in typed.values() if value]
        self.raw_data, self.data = ([" ".join(filled)] if filled else []), None
        if not filled:
            return
        missing = tuple(part for part in self.PARTS if not typed[part])
        wrong = tuple(part for part in self.PARTS
                      if not (typed[part].isdecimal() and len(typed[part]) <= self.LONGEST[part]))
        self.faulty = missing or wrong
        if missing:
            raise ValueError(self.MISSING[missing])
        if wrong:
            raise ValueError(self.NOT_A_DATE)
        day, month, year = (int(typed[part]) for part in self.PARTS)
        if year < 1000:
            self.faulty = ("year",)
            raise ValueError(self.SHORT_YEAR)
        try:
            self.data = date(year, month, day)
        except ValueError:
            self.faulty = self.PARTS
            raise ValueError(self.NOT_A_DATE) from None

    def part_value(self, part: str) -> str:
        """Return what a box shows: what was typed, else the part of the starting date."""
        if self.typed is not None:
            return self.typed[part]
        return str(getattr(self.data, part)) if isinstance(self.data, date) else ""


class CheckboxesField(SelectMultipleField):
    """Several tick boxes sharing one name."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form):
        """Accept any value here: ServiceInput reports unknown ones."""
        # Unknown values are reported by ServiceInput in the same words as for every other way in.
        pass


class LocationForm(Form):
    """One place where the service is delivered."""

    name = StringField(_l("Name of the building or venue (optional)"),
                       validators=[Optional(), Length(max=200)])
    address = StringField(_l("Street address"), validators=[Optional(), Length(max=300)])
    town = StringField(_l("Town or city"), validators=[Optional(), Length(max=100)])
    postcode = StringField(_l("Postcode"), validators=[Optional(), Length(max=10)])
    hide_address = BooleanField(_l("Keep the address private: show “address given on booking”"))
    remove = BooleanField(_l("Remove this location"))
    # Coordinates an import stored for a postcode the gazetteer does not know, kept while the
    # postcode stays the same.
    latitude = HiddenField()
    longitude = HiddenField()
    known_postcode = HiddenField()

    def is_blank(self) -> bool:
        """Say whether nothing was typed into this location."""
        return not any((field.data or "").strip()
                       for field in (self.name, self.address, self.town, self.postcode))


def _one_line(value):
    """Join the lines of a box that holds one line of text (Enter in a summary is a space)."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _required(message):
    return [InputRequired(message=message)]


class ListingForm(FlaskForm):
    """Everything a listing says, grouped the way the page asks it."""

    version = HiddenField()
    change_request = HiddenField()
    organisation = SelectField(_l("Organisation"), coerce=int, validate_choice=False)

    name = StringField(_l("Name of the service"), validators=[
        InputRequired(message=_l("Enter the name of the service.")),
        Length(min=2, max=200, message=_l("The name must be 2 to 200 characters long."))])
    summary = TextAreaField(_l("Summary in plain words"), filters=[_one_line], validators=[
        InputRequired(message=_l("Write a short summary of what the service offers.")),
        Length(min=10, max=200, message=_l("The summary must be 10 to 200 characters long."))])
    description = TextAreaField(_l("Description (optional)"), validators=[
        Optional(), Length(max=5000, message=_l("Keep the description under 5,000 characters."))])
    status = RadioField(_l("Is the service running?"), default="active", choices=choices([
        ("active", _l("Yes, it is open")),
        ("temporarily-closed", _l("It is temporarily closed"))]))

    groupings = CheckboxesField(_l("Which kinds of support does it offer?"), validators=[
        InputRequired(message=_l("Choose at least one kind of support."))],
        choices=choices((g.code, g.name) for g in thrive.GROUPINGS))
    topics = CheckboxesField(_l("What can young people get help with here?"), choices=[])
    support_types = CheckboxesField(_l("What kind of support is it?"), choices=[])

    audience = CheckboxesField(_l("Who is it for?"), default=["young-people"], validators=[
        InputRequired(message=_l("Choose who the service is for."))],
        choices=choices(fixed.AUDIENCES.items()))
    minimum_age = WholeNumberField(_l("Youngest age"), validators=[
        InputRequired(message=_l("Enter the youngest age the service works with.")),
        NumberRange(0, 25, message=_l("Ages must be between 0 and 25."))])
    maximum_age = WholeNumberField(_l("Oldest age"), validators=[
        InputRequired(message=_l("Enter the oldest age the service works with.")),
        NumberRange(0, 25, message=_l("Ages must be between 0 and 25."))])

    self_referral = RadioField(_l("Can young people get in touch themselves?"), default="no",
                               choices=choices([("yes", _l("Yes")), ("no", _l("No"))]))
    self_referral_min_age = WholeNumberField(_l("From what age? (optional)"), validators=[
        Optional(), NumberRange(0, 25, message=_l("Ages must be between 0 and 25."))])
    referral_routes = CheckboxesField(_l("Who can make a referral?"),
                                      choices=choices(fixed.REFERRAL_ROUTES.items()))
    parental_involvement = RadioField(_l("Do parents or carers need to be involved?"), default="",
                                      choices=choices(fixed.PARENTAL_INVOLVEMENT.items()))
    confidentiality = TextAreaField(_l("What stays confidential (optional)"), validators=[
        Optional(), Length(max=1000, message=_l("Keep this under 1,000 characters."))])

    delivery_modes = CheckboxesField(_l("How is the support given?"), validators=[
        InputRequired(message=_l("Choose at least one way the support is given."))],
        choices=choices(fixed.DELIVERY_MODES.items()))
    cost = RadioField(_l("Cost"), default="free", choices=choices(fixed.COSTS.items()))
    cost_details = StringField(_l("Cost details (optional)"), validators=[
        Optional(), Length(max=500, message=_l("Keep the cost details under 500 characters."))])
    languages = CheckboxesField(_l("Languages the support is given in"), choices=[])
    other_languages = StringField(_l("Other languages (optional)"), validators=[Optional()])
    accessibility = TextAreaField(_l("Accessibility (optional)"), validators=[
        Optional(), Length(max=1000, message=_l("Keep this under 1,000 characters."))])

    phone = StringField(_l("Phone number"), validators=[Optional(), Length(max=30)])
    text_number = StringField(_l("Text message number"), validators=[Optional(), Length(max=30)])
    email = StringField(_l("Email address"), validators=[Optional(), Length(max=254)])
    url = StringField(_l("Website"), validators=[Optional(), Length(max=500)])

    national = BooleanField(_l("Available to young people anywhere in England "
                               "(for example a helpline, app or online service)"))
    service_areas = StringField(_l("Council areas it covers (optional)"), validators=[Optional()])
    locations = FieldList(FormField(LocationForm), min_entries=1, max_entries=MAX_LOCATIONS)
    add_location = SubmitField(_l("Add another location"))
    check_postcodes = SubmitField(_l("Check the postcodes"))

    always_open = BooleanField(_l("Open 24 hours a day, every day"))

    availability = RadioField(_l("Can it take new referrals now?"), default="accepting",
                              choices=choices(fixed.AVAILABILITY.items()))
    wait_weeks = WholeNumberField(_l("Typical wait, in weeks (optional)"), validators=[
        Optional(), NumberRange(0, 104, message=_l("Enter a wait between 0 and 104 weeks."))])
    availability_expires = DayField(_l("Stop showing this after (optional)"),
                                    validators=[Optional()])

    confirm_correct = BooleanField(_l("Everything on this listing is correct today"))
    save = SubmitField(_l("Save"))

    def declared_in(self, section: str) -> list:
        """Return the fields built from ServiceInput's declaration for a section of the page."""
        return [self[name] for name, where in DECLARED.items() if where == section]

    def hours_fields(self):
        """Return the seven day fields, Monday first, with the day's index."""
        return [(day, getattr(self, f"hours_{day}")) for day in range(7)]


for _day, _label in enumerate((_l("Monday"), _l("Tuesday"), _l("Wednesday"), _l("Thursday"),
                               _l("Friday"), _l("Saturday"), _l("Sunday"))):
    setattr(ListingForm, f"hours_{_day}", StringField(_label, validators=[Optional()]))
del _day, _label


def _declared_field(name: str):
    """Build the form field for a plain text field declared on ServiceInput with a section."""
    info = ServiceInput.model_fields[name]
    most = next((m.max_length for m in info.metadata if getattr(m, "max_length", None)), None)
    one_line = any(getattr(m, "func", None) is check_one_line for m in info.metadata)
    checks = [Optional()]
    if most:
        checks.append(Length(max=most, message=_l("Keep this to %(count)s characters or fewer.",
                                                  count=format(most, ","))))
    return TextAreaField(FIELDS[name].label, filters=[_one_line] if one_line else [],
                         validators=checks, description=FIELDS[name].hint)


# Fields declared with a form section get their form field from the declaration alone.
DECLARED = {name: about.section for name, about in FIELDS.items()
            if about.section and not hasattr(ListingForm, name)}
for _name in DECLARED:
    setattr(ListingForm, _name, _declared_field(_name))




def language_choices() -> list[SelectChoice]:
    """Return (code, name) for the common languages, named in the page's language."""
    from babel import Locale

    try:
        names = Locale.parse(str(get_locale() or "en")).languages
    except (ValueError, TypeError):
        names = Locale("en").languages
    return choices((code, (names.get(code) or code).capitalize()) for code in COMMON_LANGUAGES)
