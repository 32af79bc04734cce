"""Forms for signing in, requesting an account, choosing passwords and managing accounts."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from ..text_rules import PlainText
from ..web.languages import names as language_names
from .passwords import MAX_LENGTH, password_problem

EMAIL_HINT = _l("The address you use for work, like name@example.org.")


def _email_field(label=None):
    return EmailField(
        label or _l("Email address"),
        validators=[DataRequired(_l("Enter your email address.")),
                    Length(max=254, message=_l("Email addresses are at most 254 characters.")),
                    PlainText()],
        render_kw={"autocomplete": "email", "spellcheck": "false"},
    )


class LoginForm(FlaskForm):
    """Sign in with an email address and password."""

    email = _email_field()
    password = PasswordField(
        _l("Password"), validators=[DataRequired(_l("Enter your password.")),
                                    Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )


def _language_field():
    return SelectField(
        _l("Language for our emails"),
        description=_l("We write to you in this language: about your account, your listings "
                       "and the changes moderators check."),
        choices=lambda: list(language_names().items()),
        validate_choice=True,
    )


class RequestAccountForm(FlaskForm):
    """Ask for a provider account."""

    name = StringField(
        _l("Your name"),
        validators=[DataRequired(_l("Enter your name.")),
                    Length(max=200, message=_l("Names are at most 200 characters.")),
                    PlainText()],
        render_kw={"autocomplete": "name"},
    )
    email = _email_field(_l("Work email address"))
    organisation = StringField(
        _l("Organisation"),
        description=_l("The charity, team, school service or club whose listings you keep."),
        validators=[DataRequired(_l("Enter the name of your organisation.")),
                    Length(max=200, message=_l("Organisation names are at most 200 characters.")),
                    PlainText()],
        render_kw={"autocomplete": "organization"},
    )
    language = _language_field()


class AccountSettingsForm(FlaskForm):
    """What a signed-in person may change about their own account."""

    language = _language_field()


class ForgotPasswordForm(FlaskForm):
    """Ask for a password reset link."""

    email = _email_field()


class NewPasswordForm(FlaskForm):
    """Choose a password (first time, or after a reset link)."""

    password = PasswordField(
        _l("New password"),
        description=_l("At least 12 characters. A few unrelated words make a good password."),
        validators=[DataRequired(_l("Enter a new password."))],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("New password again"),
        validators=[DataRequired(_l("Enter the new password again.")),
                    EqualTo("password", message=_l("The two passwords are not the same."))],
        render_kw={"autocomplete": "new-password"},
    )

    def __init__(self, *args, email: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._email = email

    def validate_password(self, field) -> None:
        """Apply the password rules (length, not the email address)."""
        problem = password_problem(field.data or "", self._email)
        if problem:
            raise ValidationError(problem)


class _OnePageForm(FlaskForm):
    """A form sharing a page with others: its prefix keeps field ids unique."""

    prefix_name = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", self.prefix_name)
        super().__init__(*args, **kwargs)


class ApproveForm(_OnePageForm):
    """Approve a request as a member of an organisation."""

    prefix_name = "approve"

    organisation = StringField(
        _l("Organisation"),
        description=_l("Pick an existing organisation, or type a new name to create it."),
        validators=[DataRequired(_l("Enter the name of an organisation.")), Length(max=200),
                    PlainText()],
    )


class MembershipForm(_OnePageForm):
    """Add an account to an existing organisation."""

    prefix_name = "membership"

    organisation = StringField(
        _l("Organisation"),
        validators=[DataRequired(_l("Enter the name of an organisation.")), Length(max=200),
                    PlainText()],
    )


class RoleForm(_OnePageForm):
    """Change an account's role."""

    prefix_name = "role"

    role = SelectField(
        _l("Role"),
        choices=[SelectChoice("provider", _l("Provider: edits their organisation's listings")),
                 SelectChoice("moderator", _l("Moderator: checks changes and reports")),
                 SelectChoice("admin", _l("Administrator: also manages accounts")),
                 SelectChoice("commissioner",
                              _l("Commissioner: reads the insights and their exports"))],
        validators=[DataRequired(_l("Choose a role."))],
    )


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token is needed."""

