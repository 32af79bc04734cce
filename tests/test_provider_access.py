"""Who may open which provider and admin page: every route × every role, GET and POST.

A provider never sees another organisation's listings (live or draft), even by guessing ids:
those answer 404 exactly like ids that do not exist. Wrong roles get 403; anonymous visitors are
sent to sign in. Every POST without a CSRF token is refused with 400 and changes nothing.
"""

import pytest
from accounts_support import csrf_token, login
from provider_support import make_world
from sqlmodel import select

from directory import db
from directory.models import ChangeRequest, Claim, Organisation, ProblemReport, Service

ROLES = ("anonymous", "provider_a", "provider_b", "moderator", "admin", "commissioner")
OK, LOGIN, FORBIDDEN, MISSING = "ok", "login", 403, 404
# A commissioner only reads the insights: every moderation, account and listing page is 403.
STAFF_ONLY = {"anonymous": LOGIN, "provider_a": FORBIDDEN, "provider_b": FORBIDDEN,
              "moderator": OK, "admin": OK, "commissioner": FORBIDDEN}
ADMIN_ONLY = {**STAFF_ONLY, "moderator": FORBIDDEN}
INSIGHTS = {**STAFF_ONLY, "commissioner": OK}
INSIGHTS_MISSING = {**INSIGHTS, "moderator": MISSING, "admin": MISSING, "commissioner": MISSING}
ANY_ACCOUNT = {"anonymous": LOGIN, "provider_a": OK, "provider_b": OK, "moderator": OK,
               "admin": OK, "commissioner": FORBIDDEN}  # every account that edits listings
ORG_A_ONLY = {**ANY_ACCOUNT, "provider_b": MISSING}
ORG_B_ONLY = {**ANY_ACCOUNT, "provider_a": MISSING}
PROVIDERS_ONLY = {**ANY_ACCOUNT, "moderator": FORBIDDEN, "admin": FORBIDDEN}
NOBODY_CLAIMS = {"anonymous": LOGIN, "provider_a": MISSING, "provider_b": MISSING,
                 "moderator": FORBIDDEN, "admin": FORBIDDEN, "commissioner": FORBIDDEN}
NOT_THERE = {"anonymous": LOGIN, "provider_a": MISSING, "provider_b": MISSING,
             "moderator": MISSING, "admin": MISSING, "commissioner": FORBIDDEN}

# (method, url, who may) — the page a POST's token is read from is the matching GET, or
# /provider/ for the buttons that live there.
ROUTES = [
    ("GET", "/provider/", ANY_ACCOUNT),
    ("GET", "/provider/services/new", ANY_ACCOUNT),
    ("POST", "/provider/services/new", ANY_ACCOUNT),
    ("GET", "/provider/services/{a_live}/edit", ORG_A_ONLY),
    ("POST", "/provider/services/{a_live}/edit", ORG_A_ONLY),
    ("GET", "/provider/services/{a_pending}/edit", ORG_A_ONLY),
    ("POST", "/provider/services/{a_pending}/edit", ORG_A_ONLY),
    ("GET", "/provider/services/{b_live}/edit", ORG_B_ONLY),
    ("POST", "/provider/services/{b_live}/edit", ORG_B_ONLY),
    ("GET", "/provider/services/99999/edit", NOT_THERE),
    ("POST", "/provider/services/{b_live}/confirm", ORG_B_ONLY),
    ("POST", "/provider/services/{a_pending}/confirm", ORG_A_ONLY),
    ("POST", "/provider/services/99999/confirm", NOT_THERE),
    ("POST", "/provider/services/{b_live}/availability", ORG_B_ONLY),
    ("POST", "/provider/services/99999/availability", NOT_THERE),
    ("GET", "/provider/services/{a_pending}/retire", ORG_A_ONLY),
    ("GET", "/provider/services/{b_live}/retire", ORG_B_ONLY),
    ("GET", "/provider/claim?q=hilltop", PROVIDERS_ONLY),
    ("GET", "/provider/services/{c_unclaimed}/claim", PROVIDERS_ONLY),
    ("POST", "/provider/services/{c_unclaimed}/claim", PROVIDERS_ONLY),
    ("GET", "/provider/services/{b_live}/claim", NOBODY_CLAIMS),
    ("GET", "/provider/services/{a_pending}/claim", NOBODY_CLAIMS),
    ("GET", "/admin/", STAFF_ONLY),
    ("GET", "/admin/moderation", STAFF_ONLY),
    ("GET", "/admin/moderation/changes/{change}", STAFF_ONLY),
    ("POST", "/admin/moderation/changes/{change}/reject", STAFF_ONLY),
    ("GET", "/admin/moderation/claims/{claim}", STAFF_ONLY),
    ("POST", "/admin/moderation/claims/{claim}/reject", STAFF_ONLY),
    ("GET", "/admin/moderation/problems/{problem}", STAFF_ONLY),
    ("POST", "/admin/moderation/problems/{problem}/resolve", STAFF_ONLY),
    ("GET", "/admin/moderation/changes/99999", {**STAFF_ONLY, "moderator": MISSING,
                                                "admin": MISSING}),
    ("GET", "/admin/stale", STAFF_ONLY),
    ("GET", "/admin/services/{a_live}/history", STAFF_ONLY),
    ("GET", "/admin/services/{b_live}/history", STAFF_ONLY),
    ("GET", "/admin/organisations", ADMIN_ONLY),
    ("POST", "/admin/organisations/{org_a}/trust", ADMIN_ONLY),
    ("GET", "/admin/exports/oruk.json", ADMIN_ONLY),
    ("GET", "/admin/exports/services.csv", ADMIN_ONLY),
    ("GET", "/admin/insights/", INSIGHTS),
    ("GET", "/admin/insights/?area=E07000243&since=2026-01-01", INSIGHTS),
    ("GET", "/admin/insights/coverage.csv", INSIGHTS),
    ("GET", "/admin/insights/unmet.csv?area=E07000243", INSIGHTS),
    ("GET", "/admin/insights/checklist.csv", INSIGHTS),
    ("GET", "/admin/insights/no-such-table.csv", INSIGHTS_MISSING),
    # Decisions that change things come last, so the pages above still have work to show.
    ("POST", "/admin/moderation/changes/{change}/approve", STAFF_ONLY),
    ("POST", "/admin/moderation/claims/{claim}/approve", STAFF_ONLY),
    ("POST", "/provider/services/{a_live}/confirm", ORG_A_ONLY),
    ("POST", "/provider/services/{a_live}/retire", ORG_A_ONLY),
]


def outcome(response):
    """Sort a response into ok / login / 403 / 404."""
    if response.status_code in (302, 303) and "/provider/login" in response.location:
        return LOGIN
    if response.status_code in (403, 404):
        return response.status_code
    assert response.status_code < 500, response.get_data(as_text=True)[:2000]
    return OK


def token_for(client, url: str) -> str:
    """Read a CSRF token the way a browser would: from a page with a form."""
    page = url.removesuffix("/approve").removesuffix("/reject").removesuffix("/resolve")
    for candidate in (page, "/provider/services/new", "/admin/insights/", "/provider/login"):
        if client.get(candidate).status_code == 200:
            try:
                return csrf_token(client, candidate)
            except AssertionError:
                continue
    raise AssertionError(f"no page with a form for {url}")


def state(app) -> dict:
    """Everything the routes could change, to prove refused requests change nothing."""
    with db.session_scope(app) as session:
        return {
            "services": sorted((s.id, s.version, s.status, str(s.assured_date), s.name)
                               for s in session.exec(select(Service))),
            "changes": sorted((c.id, c.status) for c in session.exec(select(ChangeRequest))),
            "claims": sorted((c.id, c.status) for c in session.exec(select(Claim))),
            "problems": sorted((p.id, p.status) for p in session.exec(select(ProblemReport))),
            "trusted": sorted((o.id, o.trusted) for o in session.exec(select(Organisation))),
        }


@pytest.mark.parametrize("role", ROLES)
def test_every_route_answers_each_role_as_expected(app, client, role):
    world = make_world(app)
    if role != "anonymous":
        assert login(client, getattr(world, role)).status_code == 302
    wrong = []
    for method, template, expected in ROUTES:
        url = template.format(**vars(world))
        before = state(app)
        if method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, data={"csrf_token": token_for(client, url)})
        got = outcome(response)
        if got != expected[role]:
            wrong.append(f"{method} {url}: expected {expected[role]}, got {got}")
        if got != OK:
            assert state(app) == before, f"{method} {url} was refused but changed something"
    assert not wrong, "\n".join(wrong)


def test_a_provider_cannot_change_another_organisations_listing_by_guessing(app, client):
    world = make_world(app)
    login(client, world.provider_b)
    before = state(app)
    token = csrf_token(client, "/provider/services/new")
    for path in (f"/provider/services/{world.a_live}/edit",
                 f"/provider/services/{world.a_pending}/edit",
                 f"/provider/services/{world.a_live}/confirm",
                 f"/provider/services/{world.a_live}/availability",
                 f"/provider/services/{world.a_live}/retire"):
        response = client.post(path, data={"csrf_token": token, "name": "Hijacked",
                                           "summary": "Someone else's words here.",
                                           "save": "y"})
        assert response.status_code == 404
    page = client.get("/provider/").get_data(as_text=True)
    assert "Talk Space" not in page and "Oak Tree Evening Group" not in page
    assert "Riverside Drop-in" in page
    assert state(app) == before


def test_a_new_listing_cannot_be_added_to_another_organisation(app, client):
    world = make_world(app)
    login(client, world.provider_b)
    token = csrf_token(client, "/provider/services/new")
    response = client.post("/provider/services/new", data={
        "csrf_token": token, "organisation": str(world.org_a), "name": "Sneaky listing",
        "save": "y"})
    assert response.status_code == 422
    assert "Choose the organisation that runs the service." in response.get_data(as_text=True)
    with db.session_scope(app) as session:
        assert session.exec(select(Service).where(Service.name == "Sneaky listing")).first() is None


POSTS = sorted({template for method, template, _ in ROUTES if method == "POST"})
WHO_MAY_POST = {template: next((role for role in ("provider_a", "provider_b", "moderator", "admin")
                                if expected[role] == OK), "admin")
                for method, template, expected in ROUTES if method == "POST"}


@pytest.mark.parametrize("template", [t for t in POSTS if "99999" not in t])
def test_every_post_without_a_csrf_token_is_refused(app, client, template):
    world = make_world(app)
    login(client, getattr(world, WHO_MAY_POST[template]))
    before = state(app)
    response = client.post(template.format(**vars(world)), data={"reason": "No token",
                                                                 "note": "No token"})
    assert response.status_code == 400
    assert state(app) == before
