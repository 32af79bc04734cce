"""The one public form: report a problem with a listing."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from ..moderation.problem_reports import KINDS, MESSAGE_LIMIT
from ..text_rules import PlainText, normalise_newlines


class ProblemReportForm(FlaskForm):
    """What is wrong with a listing; ``website`` is a honeypot people never see."""

    kind = RadioField(
        _l("What is wrong?"),
        choices=[SelectChoice(code, label) for code, label in KINDS.items()],
        validators=[InputRequired(message=_l("Choose what is wrong with the listing."))],
    )
    message = TextAreaField(
        _l("Tell us more (optional)"),
        filters=[normalise_newlines],
        validators=[Optional(), Length(max=MESSAGE_LIMIT, message=_l(
            "Please keep it under %(limit)s characters.", limit=MESSAGE_LIMIT)),
            PlainText(multiline=True)],
    )
    website = StringField(_l("Leave this empty"))
