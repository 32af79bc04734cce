"""Requesting, confirming, approving and changing accounts: everything that writes to them.

Functions here only ``flush()``; the caller (a view or a command) commits once, and any email
they queue is sent after that commit. Import them from ``directory.accounts``.
"""

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from sqlalchemy import func
from sqlmodel import Session, select

from ..mail import external_url, in_language, queue_mail
from ..models import ROLES, Account, AuditEvent, Membership, Organisation, utcnow
from ..web.languages import SOURCE_LANGUAGE, by_code
from . import tokens
from .passwords import hash_password, password_problem

STAND_IN_EMAIL = "nobody@example.invalid"  # never sent to: see send_password_reset


class AccountError(ValueError):
    """An account could not be created or changed; ``field`` names the input at fault."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.field = field


def organisation_ids(session: Session, account: Account | None) -> set[int]:
    """Return the ids of the organisations the account is a member of."""
    if account is None or account.id is None:
        return set()
    query = select(Membership.organisation_id).where(Membership.account_id == account.id)
    return set(session.exec(query).all())


def memberships(session: Session, account: Account) -> list[Organisation]:
    """Return the account's organisations, by name."""
    ids = organisation_ids(session, account)
    if not ids:
        return []
    query = select(Organisation).where(Organisation.id.in_(ids)).order_by(Organisation.name)
    return list(session.exec(query).all())


def normalise_email(email: str) -> str:
    """Return the address in the form we store (lower case), or raise AccountError."""
    try:
        checked = validate_email((email or "").strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise AccountError(_l("Enter an email address like name@example.org."), "email") from error
    return checked.normalized.lower()


def find_account(session: Session, email: str) -> Account | None:
    """Return the account with this email address, or None."""
    email = (email or "").strip().lower()
    return session.exec(select(Account).where(Account.email == email)).first() if email else None


def request_account(session: Session, name: str, email: str, organisation: str,
                    language: str = SOURCE_LANGUAGE) -> Account:
    """Record a provider's request and email a verification link (same outcome if it exists).

    ``language`` is the site language the person chose for their emails (a new account only).
    """
    email = normalise_email(email)
    name, organisation = (name or "").strip(), (organisation or "").strip()
    if not name:
        raise AccountError(_l("Enter your name."), "name")
    if not organisation:
        raise AccountError(_l("Enter the name of your organisation."), "organisation")
    account = find_account(session, email)
    if account is None:
        account = Account(email=email, name=name, requested_organisation=organisation,
                          role="provider", status="requested", language=_language(language))
        session.add(account)
        session.flush()
        _audit(session, account, "request", account, None, _snapshot(session, account))
        _mail_verification(session, account)
    elif account.status == "requested" and account.email_verified_at is None:
        _mail_verification(session, account)
    elif account.status != "disabled":
        queue_mail(session, account, _l("You already have an account"), "account_exists",
                   account=account, login_url=external_url("auth.login"),
                   reset_url=external_url("auth.forgot_password"))
    return account


def _mail_verification(session: Session, account: Account) -> None:
    token = tokens.make_token("verify-email", account.id, account.session_key)
    queue_mail(session, account, _l("Confirm your email address"), "verify_email",
               account=account, link=external_url("auth.verify", token=token))


def account_from_link(session: Session, purpose: str, token: str) -> Account:
    """Return the account a link is for, or raise tokens.LinkError (bad, used or expired)."""
    account_id, fingerprint = tokens.read_token(purpose, token)
    account = session.get(Account, account_id)
    if account is None or account.status == "disabled":
        raise tokens.LinkError()
    if not tokens.key_matches(fingerprint, account.session_key):
        raise tokens.LinkError()  # used, superseded by a new password, or sent before a closure
    return account


def _set_password(account: Account, password: str) -> None:
    problem = password_problem(password, account.email)
    if problem:
        raise AccountError(problem, "password")
    account.password_hash = hash_password(password)
    account.end_sessions()  # ends other sessions and makes sent links single-use
    account.failed_logins, account.locked_until = 0, None
    if account.email_verified_at is None:
        account.email_verified_at = utcnow()  # following an emailed link proves the address


def verify_email(session: Session, account: Account, password: str) -> Account:
    """Confirm the address from a verification link and set the first password."""
    _set_password(account, password)
    session.add(account)
    session.flush()
    _audit(session, account, "verify-email", account, None, None)
    if account.status == "requested":
        for admin in session.exec(select(Account).where(Account.role == "admin",
                                                        Account.status == "active")):
            queue_mail(session, admin, _l("Account request to check"), "new_request",
                       account=account,
                       link=external_url("admin_accounts.account", account_id=account.id))
    return account


def send_password_reset(session: Session, email: str) -> None:
    """Email a reset link if a usable account has this address; do the same work either way."""
    account = find_account(session, email)
    usable = account is not None and account.status != "disabled"
    # An unknown address gets a link and a message made for a stand-in, then dropped, so both
    # answers cost the same; only the sending differs (the view pads the response for that).
    target = account if usable else Account(id=0, email=STAND_IN_EMAIL)
    token = tokens.make_token("reset-password", target.id, target.session_key)
    context = {"account": target, "link": external_url("auth.reset_password", token=token)}
    subject = _l("Reset your password")
    if usable:
        queue_mail(session, target, subject, "reset_password", **context)
    else:
        in_language(target, "reset_password", subject, **context)


def reset_password(session: Session, account: Account, password: str) -> Account:
    """Set a new password from a reset link (ending every other session)."""
    _set_password(account, password)
    session.add(account)
    session.flush()
    _audit(session, account, "reset-password", account, None, None)
    return account


def _organisation(session: Session, name_or_id: int | str, create: bool) -> Organisation:
    if isinstance(name_or_id, int):
        organisation = session.get(Organisation, name_or_id)
        if organisation is None:
            raise AccountError(_l("That organisation no longer exists."), "organisation")
        return organisation
    name = " ".join(str(name_or_id or "").split())
    if not name:
        raise AccountError(_l("Enter the name of an organisation."), "organisation")
    query = select(Organisation).where(func.lower(Organisation.name) == name.lower())
    organisation = session.exec(query).first()
    if organisation is None and not create:
        raise AccountError(_l("No organisation is called “%(name)s”. Check the spelling.",
                              name=name), "organisation")
    if organisation is None:
        organisation = Organisation(name=name)
        session.add(organisation)
        session.flush()
    return organisation


def _join(session: Session, account: Account, organisation: Organisation) -> None:
    if session.get(Membership, (account.id, organisation.id)) is None:
        session.add(Membership(account_id=account.id, organisation_id=organisation.id))
        session.flush()


def approve_account(session: Session, account: Account, organisation_name_or_id: int | str,
                    actor: Account) -> Account:
    """Approve a requested account as a provider member of an organisation (found or created)."""
    if account.status != "requested":
        raise AccountError(_l("This account is not waiting for approval."), "status")
    before = _snapshot(session, account)
    _join(session, account, _organisation(session, organisation_name_or_id, create=True))
    account.status = "active"
    session.add(account)
    session.flush()
    _audit(session, actor, "approve", account, before, _snapshot(session, account))
    link = None
    if not account.password_hash:  # approved before they confirmed: send a fresh link
        token = tokens.make_token("verify-email", account.id, account.session_key)
        link = external_url("auth.verify", token=token)
    queue_mail(session, account, _l("Your account is ready"), "account_approved",
               account=account, login_url=external_url("auth.login"), verify_link=link)
    return account


def reject_account(session: Session, account: Account, actor: Account) -> Account:
    """Turn down a request (the account is closed; the person is told if they confirmed)."""
    if account.status != "requested":
        raise AccountError(_l("This account is not waiting for approval."), "status")
    before = _snapshot(session, account)
    account.status = "disabled"
    account.end_sessions()  # the verification link dies with the request, even if reopened
    session.add(account)
    session.flush()
    _audit(session, actor, "reject", account, before, _snapshot(session, account))
    if account.email_verified_at:  # never write to an address nobody confirmed asking
        queue_mail(session, account, _l("Your account request"), "account_rejected",
                   account=account)
    return account


def set_role(session: Session, account: Account, role: str, actor: Account) -> Account:
    """Change an account's role (admins can't change their own)."""
    if role not in ROLES:
        raise AccountError(_l("Choose admin, moderator, provider or commissioner."), "role")
    if actor.id == account.id and role != account.role:
        raise AccountError(_l("You can't change your own role."), "role")
    return _change(session, account, actor, "role", role=role)


def set_status(session: Session, account: Account, active: bool, actor: Account) -> Account:
    """Enable or disable an account (disabling ends its sessions and emailed links for good)."""
    if account.status == "requested":
        raise AccountError(_l("Approve or reject this request first."), "status")
    if actor.id == account.id and not active:
        raise AccountError(_l("You can't disable your own account."), "status")
    changes = {"status": "active" if active else "disabled"}
    if active:
        changes.update(failed_logins=0, locked_until=None)
    else:
        account.end_sessions()  # so enabling it again revives no old session or link
    return _change(session, account, actor, "enable" if active else "disable", **changes)


def add_membership(session: Session, account: Account, organisation_name_or_id: int | str,
                   actor: Account) -> Organisation:
    """Make the account a member of an existing organisation."""
    before = _snapshot(session, account)
    organisation = _organisation(session, organisation_name_or_id, create=False)
    _join(session, account, organisation)
    _audit(session, actor, "add-membership", account, before, _snapshot(session, account))
    return organisation


def remove_membership(session: Session, account: Account, organisation_id: int,
                      actor: Account) -> None:
    """Remove the account from an organisation."""
    membership = session.get(Membership, (account.id, organisation_id))
    if membership is None:
        return
    before = _snapshot(session, account)
    session.delete(membership)
    session.flush()
    _audit(session, actor, "remove-membership", account, before, _snapshot(session, account))


def create_or_update_user(session: Session, email: str, role: str, password: str,
                          organisation: str | None = None, name: str = "") -> Account:
    """Create an active, verified account, or bring an existing one to this role and password."""
    email = normalise_email(email)
    if role not in ROLES:
        raise AccountError(_l("Choose admin, moderator, provider or commissioner."), "role")
    account = find_account(session, email)
    before = _snapshot(session, account) if account else None
    account = account or Account(email=email)
    _set_password(account, password)
    account.role, account.status, account.name = role, "active", name or account.name
    session.add(account)
    session.flush()
    if organisation:
        _join(session, account, _organisation(session, organisation, create=True))
    _audit(session, None, "update" if before else "create", account, before,
           _snapshot(session, account))
    return account


def set_language(session: Session, account: Account, language: str) -> Account:
    """Choose the language of an account's emails (the person does this for themselves)."""
    if by_code(language) is None:
        raise AccountError(_l("Choose one of the languages in the list."), "language")
    return _change(session, account, account, "language", language=language)


def _language(code: str | None) -> str:
    return code if by_code(code) else SOURCE_LANGUAGE


def _change(session: Session, account: Account, actor: Account, action: str, **values) -> Account:
    before = _snapshot(session, account)
    for key, value in values.items():
        setattr(account, key, value)
    session.add(account)
    session.flush()
    _audit(session, actor, action, account, before, _snapshot(session, account))
    return account


def _snapshot(session: Session, account: Account) -> dict:
    return {"email": account.email, "name": account.name, "role": account.role,
            "status": account.status, "language": account.language,
            "organisations": sorted(organisation_ids(session, account))}


def _audit(session: Session, actor: Account | None, action: str, account: Account,
           before: dict | None, after: dict | None) -> None:
    session.add(AuditEvent(actor_id=actor.id if actor else None,
                           actor=actor.email if actor else "command line", action=action,
                           entity="account", entity_id=account.id, before=before, after=after))
    session.flush()
