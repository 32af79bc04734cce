"""Administrators manage accounts: approve requests, roles, closing accounts, memberships."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import case, func, or_
from sqlmodel import select

from .. import accounts, db
from ..accounts import AccountError, current_account, login_required_role
from ..accounts.forms import ActionForm, ApproveForm, MembershipForm, RoleForm
from ..models import ROLES, Account, AuditEvent, Membership, Organisation
from .admin_audit import action_name

admin_accounts = Blueprint("admin_accounts", __name__, url_prefix="/admin")

STATUSES = ("requested", "active", "disabled")


@admin_accounts.before_request
@login_required_role("admin")
def admins_only():
    """Let only administrators into these pages."""
    return None


@admin_accounts.get("/accounts")
def account_list():
    """List accounts, requests first; filter by status and role."""
    status = request.args.get("status", "")
    role = request.args.get("role", "")
    query = select(Account)
    if status in STATUSES:
        query = query.where(Account.status == status)
    if role in ROLES:
        query = query.where(Account.role == role)
    query = query.order_by(case((Account.status == "requested", 0), else_=1), Account.email)
    session = db.session()
    rows = list(session.exec(query).all())
    names = _organisation_names(session, [a.id for a in rows])
    waiting = session.exec(select(func.count()).select_from(Account)
                           .where(Account.status == "requested")).one()
    return render_template("admin/accounts.html", accounts=rows, names=names, status=status,
                           role=role, statuses=STATUSES, roles=ROLES, waiting=waiting)


def _organisation_names(session, account_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    if not account_ids:
        return names
    rows = session.exec(
        select(Membership.account_id, Organisation.name)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .where(Membership.account_id.in_(account_ids)).order_by(Organisation.name)
    ).all()
    for account_id, name in rows:
        names.setdefault(account_id, []).append(name)
    return names


def _similar_organisations(session, name: str, limit: int = 15) -> list[Organisation]:
    words = [w for w in name.lower().split() if len(w) >= 4][:5]
    if not words:
        return []
    query = select(Organisation).where(
        or_(*[func.lower(Organisation.name).contains(w, autoescape=True) for w in words])
    ).order_by(Organisation.name).limit(limit)
    return list(session.exec(query).all())


def _account_or_404(account_id: int) -> Account:
    account = db.session().get(Account, account_id)
    if account is None:
        abort(404)
    return account


def _detail(account: Account, status: int = 200, **forms):
    session = db.session()
    forms.setdefault("approve_form", ApproveForm(organisation=account.requested_organisation))
    forms.setdefault("membership_form", MembershipForm(formdata=None))
    forms.setdefault("role_form", RoleForm(role=account.role, formdata=None))
    forms.setdefault("action_form", ActionForm(formdata=None))
    events = session.exec(
        select(AuditEvent).where(AuditEvent.entity == "account", AuditEvent.entity_id == account.id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(20)
    ).all()
    return render_template(
        "admin/accounts_detail.html", account=account, events=events,
        organisations=accounts.memberships(session, account), me=current_account(),
        similar=_similar_organisations(session, account.requested_organisation),
        action_name=action_name, **forms,
    ), status


@admin_accounts.get("/accounts/<int:account_id>")
def account(account_id: int):
    """Show an account with what an administrator can change."""
    return _detail(_account_or_404(account_id))


def _apply(account: Account, form, form_name: str, change, done):
    """Validate ``form``, run ``change()``, commit and come back; or show what went wrong."""
    if form.validate_on_submit():
        session = db.session()
        try:
            change(session)
        except AccountError as error:
            db.discard_changes()
            field = getattr(form, error.field or "", None)
            (field.errors if field is not None else form.form_errors).append(str(error))
        else:
            flash(done, "success")
            return redirect(url_for("admin_accounts.account", account_id=account.id))
    return _detail(account, 400, **{form_name: form})


@admin_accounts.post("/accounts/<int:account_id>/approve")
def approve(account_id: int):
    """Approve a request as a member of an organisation."""
    account, form, me = _account_or_404(account_id), ApproveForm(), current_account()
    return _apply(account, form, "approve_form",
                  lambda s: accounts.approve_account(s, account, form.organisation.data, me),
                  _l("Approved. We've emailed them to say they can sign in."))


@admin_accounts.post("/accounts/<int:account_id>/reject")
def reject(account_id: int):
    """Turn down a request."""
    account, form, me = _account_or_404(account_id), ActionForm(), current_account()
    return _apply(account, form, "action_form",
                  lambda s: accounts.reject_account(s, account, me), _l("Request turned down."))


@admin_accounts.post("/accounts/<int:account_id>/role")
def change_role(account_id: int):
    """Change an account's role."""
    account, form, me = _account_or_404(account_id), RoleForm(), current_account()
    return _apply(account, form, "role_form",
                  lambda s: accounts.set_role(s, account, form.role.data, me), _l("Role changed."))


@admin_accounts.post("/accounts/<int:account_id>/disable")
def disable(account_id: int):
    """Close an account: it is signed out at once and can't sign in."""
    account, form, me = _account_or_404(account_id), ActionForm(), current_account()
    return _apply(account, form, "action_form",
                  lambda s: accounts.set_status(s, account, False, me), _l("Account disabled."))


@admin_accounts.post("/accounts/<int:account_id>/enable")
def enable(account_id: int):
    """Reopen a closed account."""
    account, form, me = _account_or_404(account_id), ActionForm(), current_account()
    return _apply(account, form, "action_form",
                  lambda s: accounts.set_status(s, account, True, me), _l("Account enabled."))


@admin_accounts.post("/accounts/<int:account_id>/memberships")
def add_membership(account_id: int):
    """Let an account edit an organisation's listings."""
    account, form, me = _account_or_404(account_id), MembershipForm(), current_account()
    return _apply(account, form, "membership_form",
                  lambda s: accounts.add_membership(s, account, form.organisation.data, me),
                  _l("Organisation added."))


@admin_accounts.post("/accounts/<int:account_id>/memberships/<int:organisation_id>/remove")
def remove_membership(account_id: int, organisation_id: int):
    """Stop an account editing an organisation's listings."""
    account, form, me = _account_or_404(account_id), ActionForm(), current_account()
    return _apply(account, form, "action_form",
                  lambda s: accounts.remove_membership(s, account, organisation_id, me),
                  _l("Organisation removed."))
