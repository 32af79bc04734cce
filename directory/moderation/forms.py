"""Small forms for the provider portal's buttons and the moderators' decisions."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectChoice, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..listings.forms import WholeNumberField, choices
from ..text_rules import PlainText, normalise_newlines
from ..vocabulary import fixed


class ConfirmForm(FlaskForm):
    """The one-click "still correct" button (only the CSRF token)."""


class AvailabilityForm(FlaskForm):
    """The quick update on "My listings": can it take referrals now, and the typical wait."""

    # Checked by the same rules as every other way in (listings.availability_problems), so
    # these fields only read what was sent. Published at once, for every organisation.
    version = HiddenField()
    availability = RadioField(_l("Can it take new referrals now?"),
                              choices=choices(fixed.AVAILABILITY.items()), validate_choice=False)
    wait_weeks = WholeNumberField(_l("Typical wait, in weeks (only for a waiting list)"))


class RetireForm(FlaskForm):
    """Take a listing out of the directory, saying why if you like."""

    reason = TextAreaField(
        _l("Why is it closing? (optional)"), filters=[normalise_newlines],
        validators=[Optional(), Length(max=1000, message=_l("Keep this under 1,000 characters.")),
                    PlainText(multiline=True)])


class ClaimForm(FlaskForm):
    """Ask to look after a listing."""

    message = TextAreaField(
        _l("How are you connected to this service?"),
        description=_l("For example: “I manage the service” or “I'm the charity's "
                       "communications lead”. It helps the moderator check quickly."),
        filters=[normalise_newlines],
        validators=[DataRequired(_l("Tell us how you are connected to the service.")),
                    Length(max=2000, message=_l("Keep this under 2,000 characters.")),
                    PlainText(multiline=True)])


class ApproveForm(FlaskForm):
    """Approve a change request; carries the version a conflict was shown for."""

    acknowledged_version = HiddenField()


class RejectForm(FlaskForm):
    """Turn something down with a reason the provider will read."""

    reason = TextAreaField(
        _l("Reason (emailed to the provider)"),
        description=_l("Say what needs to change for it to be accepted."),
        filters=[normalise_newlines],
        validators=[DataRequired(_l("Give a reason, so the provider knows what to change.")),
                    Length(max=2000, message=_l("Keep the reason under 2,000 characters.")),
                    PlainText(multiline=True)])


class ResolveForm(FlaskForm):
    """Close a problem report with a note of what was done."""

    note = TextAreaField(
        _l("What was done"),
        description=_l("For example: “Phone number corrected” or “Checked: the listing is "
                       "right”. Kept in the listing's history."),
        filters=[normalise_newlines],
        validators=[DataRequired(_l("Write a note of what was done.")),
                    Length(max=2000, message=_l("Keep the note under 2,000 characters.")),
                    PlainText(multiline=True)])


class TrustForm(FlaskForm):
    """Mark an organisation trusted (edits publish at once) or not."""

    trusted = RadioField(_l("Edits from this organisation"), choices=[
        SelectChoice("yes", _l("Publish at once (trusted)")),
        SelectChoice("no", _l("Are checked by a moderator first"))],
        validators=[DataRequired(_l("Choose whether edits are checked first."))])
