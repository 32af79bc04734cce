"""Signing in and out, requesting an account, confirming an email, resetting a password."""

import time
from functools import wraps

from flask import Blueprint, current_app, flash, make_response, redirect, render_template, url_for
from flask import request as web_request
from flask_babel import lazy_gettext as _l

from .. import db
from ..accounts import (
    AccountError,
    LoginRefused,
    account_from_link,
    authenticate,
    current_account,
    home_for,
    log_in,
    log_out,
    login_required_role,
    request_account,
    reset_password,
    safe_next,
    send_password_reset,
    set_language,
    verify_email,
)
from ..accounts.forms import (
    AccountSettingsForm,
    ActionForm,
    ForgotPasswordForm,
    LoginForm,
    NewPasswordForm,
    RequestAccountForm,
)
from ..accounts.tokens import LinkError
from ..extensions import limiter
from ..web.languages import by_code, current_language

auth = Blueprint("auth", __name__, url_prefix="/provider")


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _email_limit() -> str:
    return current_app.config["ACCOUNT_EMAIL_RATE_LIMIT"]


def _answer_no_sooner(view):
    """Make every POST to ``view`` take the configured floor at least, so timing tells nothing."""

    @wraps(view)
    def padded(*args, **kwargs):
        if web_request.method != "POST":
            return view(*args, **kwargs)
        deadline = time.monotonic() + current_app.config["ACCOUNT_EMAIL_RESPONSE_FLOOR"]
        try:
            response = make_response(view(*args, **kwargs))
            db.end_transaction(response.status_code)  # so any email is sent inside the padding
            return response
        finally:
            time.sleep(max(0.0, deadline - time.monotonic()))

    return padded


def _refuse(form, error: AccountError) -> None:
    """Show an AccountError against its field (or the whole form)."""
    field = getattr(form, error.field or "", None)
    if field is not None:
        field.errors = [*field.errors, str(error)]
    else:
        form.form_errors.append(str(error))


@auth.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def login():
    """Sign in, then go back to the page that asked (if it is on this site)."""
    target = safe_next(web_request.args.get("next"))
    account = current_account()
    if account is not None:
        return redirect(target or home_for(account))
    form = LoginForm()
    if form.validate_on_submit():
        session = db.session()
        try:
            account = authenticate(session, form.email.data, form.password.data)
        except LoginRefused as refusal:
            form.form_errors.append(str(refusal))
        if not form.form_errors:
            log_in(account)
            return redirect(target or home_for(account))
    return render_template("auth/login.html", form=form)


@auth.route("/logout", methods=["GET", "POST"])
def logout():
    """Sign out (POST with the form's token; GET only shows the button)."""
    form = ActionForm()
    if form.validate_on_submit():
        log_out()
        flash(_l("You have signed out."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/logout.html", form=form)


@auth.route("/request-account", methods=["GET", "POST"], endpoint="request_account")
@limiter.limit(_email_limit, methods=["POST"])
@_answer_no_sooner
def request_account_page():
    """Ask for a provider account; we email a link to confirm the address."""
    form = RequestAccountForm()
    if not form.language.raw_data:
        form.language.data = current_language()  # emails start in the language of the page
    if form.validate_on_submit():
        session = db.session()
        try:
            request_account(session, form.name.data, form.email.data, form.organisation.data,
                            form.language.data)
        except AccountError as error:
            db.discard_changes()
            _refuse(form, error)
        else:
            return render_template("auth/check_email.html", email=form.email.data,
                                   purpose="verify")
    return render_template("auth/request_account.html", form=form)


@auth.route("/verify/<token>", methods=["GET", "POST"])
def verify(token: str):
    """Confirm an email address from the emailed link and choose a password."""
    session = db.session()
    try:
        account = account_from_link(session, "verify-email", token)
    except LinkError as error:
        return render_template("auth/link_invalid.html", expired=error.expired,
                               purpose="verify"), 400
    form = NewPasswordForm(email=account.email)
    if form.validate_on_submit():
        try:
            verify_email(session, account, form.password.data)
        except AccountError as error:
            db.discard_changes()
            _refuse(form, error)
        else:
            return render_template("auth/verified.html", account=account)
    return render_template("auth/choose_password.html", form=form, account=account,
                           purpose="verify")


@auth.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(_email_limit, methods=["POST"])
@_answer_no_sooner
def forgot_password():
    """Ask for a password reset link (the answer is the same whether or not we know the email)."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        session = db.session()
        send_password_reset(session, form.email.data)
        return render_template("auth/check_email.html", email=form.email.data, purpose="reset")
    return render_template("auth/forgot_password.html", form=form)


@auth.route("/reset/<token>", methods=["GET", "POST"], endpoint="reset_password")
def reset_password_page(token: str):
    """Choose a new password from the emailed link."""
    session = db.session()
    try:
        account = account_from_link(session, "reset-password", token)
    except LinkError as error:
        return render_template("auth/link_invalid.html", expired=error.expired,
                               purpose="reset"), 400
    form = NewPasswordForm(email=account.email)
    if form.validate_on_submit():
        try:
            reset_password(session, account, form.password.data)
        except AccountError as error:
            db.discard_changes()
            _refuse(form, error)
        else:
            log_out()  # a reset ends every session, this browser's included
            flash(_l("Your password has been changed. Sign in with your new password."),
                  "success")
            return redirect(url_for("auth.login"))
    return render_template("auth/choose_password.html", form=form, account=account,
                           purpose="reset")


@auth.route("/account", methods=["GET", "POST"], endpoint="account")
@login_required_role()
def account_page():
    """A signed-in person's own settings: the language of the emails we send them."""
    account = current_account()
    form = AccountSettingsForm()
    if not form.is_submitted():
        form.language.data = account.language
    if form.validate_on_submit():
        set_language(db.session(), account, form.language.data)
        flash(_l("Saved. We'll write to you in %(language)s.",
                 language=by_code(form.language.data).name), "success")
        return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form, account=account)
