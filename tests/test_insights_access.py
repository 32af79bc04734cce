"""The commissioner role: made by `directory create-user --role commissioner`, lands on the
insights, and is refused (403, nothing changed) by every other provider and admin route, today's
and any added later. The role × route matrix in test_provider_access.py has it too.
"""

import pytest
from accounts_support import PASSWORD, csrf_token, login
from provider_support import make_world
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel, select

from directory import accounts, db
from directory.models import Account, Service

OPEN_TO_ANYONE = {"auth"}  # signing in, out, requesting an account, resetting a password
READS_INSIGHTS = {"insights.page", "insights.export"}


def dump(app) -> dict[str, set[str]]:
    """Return every row of every table as text."""
    with db.session_scope(app) as session:
        return {table.name: {repr(tuple(row)) for row in session.execute(sa_select(table))}
                for table in SQLModel.metadata.sorted_tables}


def staff_urls(app, world) -> list[tuple[str, str, str]]:
    """Return (method, url, endpoint) for every provider and admin route, with real ids."""
    with db.session_scope(app) as session:
        admin_id = session.exec(select(Account.id).where(Account.email == world.admin)).one()
    values = {"account_id": admin_id, "organisation_id": world.org_a,
              "service_id": world.b_live, "change_id": world.change, "claim_id": world.claim,
              "report_id": world.problem, "token": "not-a-token", "name": "coverage",
              "section": "availability"}
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/admin", "/provider")):
            continue
        if rule.endpoint.split(".")[0] in OPEN_TO_ANYONE:
            continue
        url = rule.rule
        for name in rule.arguments:
            url = url.replace(f"<int:{name}>", str(values[name])).replace(f"<{name}>",
                                                                          str(values[name]))
        for method in sorted(rule.methods & {"GET", "POST"}):
            found.append((method, url, rule.endpoint))
    return found


@pytest.fixture
def world(app):
    return make_world(app)


def test_create_user_makes_a_commissioner_who_lands_on_the_insights(app, runner):
    result = runner.invoke(args=["create-user", "--email", "Chair@Example.org", "--role",
                                 "commissioner", "--password-stdin"], input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "Created commissioner account chair@example.org" in result.output
    with db.session_scope(app) as session:
        account = session.exec(select(Account).where(Account.email == "chair@example.org")).one()
        assert (account.role, account.status) == ("commissioner", "active")
        assert not accounts.is_staff(account)
        service = session.exec(select(Service)).first()
        assert service is None or not accounts.can_edit_service(session, account, service)
    client = app.test_client()
    response = login(client, "chair@example.org")
    assert response.status_code == 302 and response.location.endswith("/admin/insights/")
    page = client.get("/admin/insights/").get_data(as_text=True)
    assert 'href="/admin/insights/" aria-current="page">Insights</a>' in page
    for hidden in ("My listings", "Add a listing", "Moderation", "Accounts", "Overview"):
        assert f">{hidden}</a>" not in page


def test_help_for_create_user_names_the_commissioner_role(runner):
    result = runner.invoke(args=["create-user", "--help"])
    assert "commissioner" in result.output


def test_a_commissioner_is_refused_every_other_provider_and_admin_route(app, client, world):
    login(client, world.commissioner)
    token = csrf_token(client, "/admin/insights/")  # the sign-out form's token
    before = dump(app)
    wrong = []
    routes = staff_urls(app, world)
    assert len(routes) > 30
    for method, url, endpoint in routes:
        if method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, data={"csrf_token": token})
        expected = 200 if endpoint in READS_INSIGHTS else 403
        if response.status_code != expected:
            wrong.append(f"{method} {url}: {response.status_code}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    assert dump(app) == before  # refused, and reading the insights, changed nothing


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_staff_read_the_same_insights(app, client, world, role):
    login(client, getattr(world, role))
    page = client.get("/admin/insights/")
    assert page.status_code == 200
    assert 'href="/admin/insights/">Insights</a>' in client.get("/admin/").get_data(as_text=True)
    export = client.get("/admin/insights/coverage.csv")
    assert export.status_code == 200 and export.mimetype == "text/csv"


def test_an_administrator_can_make_someone_a_commissioner(app, client, world):
    login(client, world.admin)
    with db.session_scope(app) as session:
        target = session.exec(select(Account).where(Account.email == world.moderator)).one().id
    page = client.get("/admin/accounts?role=commissioner").get_data(as_text=True)
    assert '<option value="commissioner" selected>Commissioner</option>' in page
    detail = f"/admin/accounts/{target}"
    assert "Commissioner: reads the insights" in client.get(detail).get_data(as_text=True)
    response = client.post(f"{detail}/role", data={"csrf_token": csrf_token(client, detail),
                                                   "role-role": "commissioner"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:500]
    with db.session_scope(app) as session:
        assert session.get(Account, target).role == "commissioner"
