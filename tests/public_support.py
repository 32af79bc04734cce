"""Helpers for the public page tests: add a listing, read a page, look for cookies."""

import re
from datetime import date, timedelta

from directory import db, listings
from directory.listings.fields import ServiceInput

ACTOR = listings.Actor("tests")


def add_service(app, **changes) -> int:
    """Create a listing through the one write path and return its id."""
    data = {
        "organisation": "Oak Tree Youth", "service_ref": "talk", "name": "Talk Space",
        "summary": "Free counselling for young people who feel low or worried.",
        "description": "Weekly sessions with a counsellor.", "groupings": ["getting-help"],
        "minimum_age": 11, "maximum_age": 18, "self_referral": True, "self_referral_min_age": 13,
        "referral_routes": ["self", "school", "gp"], "parental_involvement": "not-required",
        "confidentiality": "What you say stays private unless someone is at risk.",
        "delivery_modes": ["in-person", "online"], "cost": "free", "languages": ["en", "pl"],
        "accessibility": "Step-free access and a quiet room.", "phone": "01632 960123",
        "text_number": "07700 900123", "email": "hello@example.org", "url": "https://example.org",
        "locations": [{"name": "Oak Tree Centre", "address": "1 High Street", "town": "Stevenage",
                       "postcode": "SG1 1AA"}],
        "opening_hours": "Mon-Fri 09:00-17:00", "availability": "waiting-list", "wait_weeks": 6,
        "assured_date": date.today() - timedelta(days=20),
    }
    status = changes.pop("status", "active")
    with db.session_scope(app) as session:
        service = listings.create_service(
            session, ServiceInput.model_validate({**data, **changes}), ACTOR)
        service.status = status
        return service.id


def text(response) -> str:
    """Return a response's body as text."""
    return response.get_data(as_text=True)


def visible(response) -> str:
    """Return a page's text with tags removed and spaces collapsed (for phrase checks)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text(response)))
