"""Helpers for the provider and moderation tests: a small world of organisations, accounts and
listings, and a form reader that submits a page's form the way a browser does (real CSRF token,
every field as it was rendered, ticked boxes only).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from html.parser import HTMLParser

from accounts_support import make_account
from werkzeug.datastructures import MultiDict

from directory import db, listings
from directory.listings.fields import ServiceInput
from directory.models import ChangeRequest, Claim, Organisation, ProblemReport, Service

ACTOR = listings.Actor("tests")
ORG_A, ORG_B, ORG_C = "Oak Tree Youth", "Riverside Counselling", "Hilltop Arts"


def listing_data(organisation: str = ORG_A, **changes) -> dict:
    """Return a complete, valid listing as ServiceInput data."""
    data = {
        "organisation": organisation, "service_ref": "talk", "name": "Talk Space",
        "summary": "Free counselling for young people who feel low or worried.",
        "description": "Weekly sessions with a counsellor.", "groupings": ["getting-help"],
        "topics": ["low-mood"], "minimum_age": 11, "maximum_age": 18, "self_referral": True,
        "referral_routes": ["self", "school"], "delivery_modes": ["in-person"],
        "cost": "free", "languages": ["en"], "phone": "01632 960123",
        "email": "hello@example.org",
        "locations": [{"name": "Oak Tree Centre", "address": "1 High Street", "town": "Stevenage",
                       "postcode": "SG1 1AA"}],
        "opening_hours": "Mon-Fri 09:00-17:00", "availability": "accepting",
        "assured_date": (date.today() - timedelta(days=20)).isoformat(),
    }
    data.update(changes)
    return data


def add_listing(app, organisation: str = ORG_A, status: str = "active", **changes) -> int:
    """Create a listing through the one write path and return its id."""
    with db.session_scope(app) as session:
        data = ServiceInput.model_validate(listing_data(organisation, status=status, **changes))
        return listings.create_service(session, data, ACTOR).id


@dataclass
class World:
    """Who and what the access tests use."""

    provider_a: str
    provider_b: str
    moderator: str
    admin: str
    a_live: int
    a_pending: int
    b_live: int
    c_unclaimed: int
    change: int
    claim: int
    problem: int
    org_a: int
    commissioner: str = "commissioner@example.org"


def make_world(app) -> World:
    """Create organisations A, B and C (nobody looks after C), five accounts (a commissioner
    among them) and listings."""
    a_live = add_listing(app, ORG_A, service_ref="talk", name="Talk Space")
    a_pending = add_listing(app, ORG_A, status="pending", service_ref="new",
                            name="Oak Tree Evening Group")
    b_live = add_listing(app, ORG_B, service_ref="river", name="Riverside Drop-in")
    c_unclaimed = add_listing(app, ORG_C, service_ref="art", name="Hilltop Art Club",
                              groupings=["thriving"])
    make_account(app, "a@oaktree.example.org", organisation=ORG_A)
    make_account(app, "b@riverside.example.org", organisation=ORG_B)
    make_account(app, "moderator@example.org", role="moderator")
    make_account(app, "admin@example.org", role="admin")
    make_account(app, "commissioner@example.org", role="commissioner")
    with db.session_scope(app) as session:
        org_a = session.get(Service, a_live).organisation_id
        provider_a = session.exec(_account("a@oaktree.example.org")).one()
        change = ChangeRequest(service_id=a_pending, organisation_id=org_a,
                               account_id=provider_a.id,
                               proposed=listing_data(ORG_A, service_ref="new",
                                                     name="Oak Tree Evening Group"),
                               base_version=1)
        claim = Claim(service_id=c_unclaimed, account_id=provider_a.id,
                      organisation_id=session.get(Service, c_unclaimed).organisation_id,
                      message="I run the art club.")
        problem = ProblemReport(service_id=b_live, kind="contact-details", message="Wrong phone")
        session.add_all([change, claim, problem])
        session.flush()
        ids = change.id, claim.id, problem.id
    return World("a@oaktree.example.org", "b@riverside.example.org", "moderator@example.org",
                 "admin@example.org", a_live, a_pending, b_live, c_unclaimed, *ids, org_a)


def _account(email):
    from sqlmodel import select

    from directory.models import Account

    return select(Account).where(Account.email == email)


def organisation_id(app, name: str) -> int:
    """Return the id of the organisation with this name."""
    from sqlmodel import select

    with db.session_scope(app) as session:
        return session.exec(select(Organisation.id).where(Organisation.name == name)).one()


class _FormReader(HTMLParser):
    """Collect the fields of every form on a page, as a browser would submit them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action"), "fields": [], "buttons": []})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        kind = (a.get("type") or "text").lower()
        if tag == "input" and kind in ("submit", "button", "image"):
            self.forms[-1]["buttons"].append((a.get("name"), a.get("value", "")))
        elif tag == "input" and kind in ("checkbox", "radio"):
            if "checked" in a:
                fields.append((a["name"], a.get("value", "on")))
        elif tag == "input" and a.get("name"):
            fields.append((a["name"], a.get("value", "")))
        elif tag == "textarea":
            self._textarea = [a["name"], ""]
        elif tag == "select":
            self._select = [a["name"], None, None]
        elif tag == "option" and self._select is not None:
            if self._select[2] is None:
                self._select[2] = a.get("value", "")
            if "selected" in a:
                self._select[1] = a.get("value", "")

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.forms[-1]["fields"].append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            name, chosen, first = self._select
            self.forms[-1]["fields"].append((name, chosen if chosen is not None else first))
            self._select = None


def read_forms(html: str) -> list[dict]:
    """Return every form on a page: its action, fields (name, value) and submit buttons."""
    reader = _FormReader()
    reader.feed(html)
    textarea_fix = [f for f in reader.forms]
    for form in textarea_fix:  # browsers drop the newline right after <textarea>
        form["fields"] = [(n, v[1:] if v.startswith("\n") else v) for n, v in form["fields"]]
    return reader.forms


def pick_form(html: str, action: str | None = None) -> dict:
    """Return the form posting to ``action``, else the largest form with a CSRF token."""
    forms = [f for f in read_forms(html) if any(n == "csrf_token" for n, _ in f["fields"])]
    if action is not None:
        forms = [f for f in forms if f["action"] == action]
    assert forms, f"no form on the page (posting to {action})"
    return max(forms, key=lambda f: len(f["fields"]))


def form_fields(html: str, action: str | None = None) -> MultiDict:
    """Return the fields of the form posting to ``action`` (or the page's main form)."""
    return MultiDict(pick_form(html, action)["fields"])


def submit(client, url: str, changes: dict | None = None, button: str | None = "save",
           page: str | None = None, action: str | None = None):
    """Load the page at ``url`` (or use ``page``), change some fields of its form (the one
    posting to ``action``, else the main one) and press ``button``, as a browser would.
    """
    html = page if page is not None else client.get(url).get_data(as_text=True)
    form = pick_form(html, action)
    fields = MultiDict(form["fields"])
    for name, value in (changes or {}).items():
        fields.poplist(name)
        for item in value if isinstance(value, list) else [value]:
            if item is not None and item is not False:
                fields.add(name, "y" if item is True else str(item))
    if button:
        fields[button] = "y"
    return client.post(form["action"] or url, data=fields)
