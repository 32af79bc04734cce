"""Through the real server: every public page's footer leads a service to the page for
providers, in the visitor's language, and from there to signing in or asking for an account."""

import re

import pytest
from sqlmodel import select

from directory import db
from directory.models import Service

pytestmark = pytest.mark.served

FOOTER_LINK = re.compile(
    r'<footer class="site-footer">.*?<a href="(/for-providers[^"]*)">([^<]+)</a>.*?</footer>', re.S)


def test_every_public_page_s_footer_leads_to_the_page_for_providers(served, demo_app):
    with db.session_scope(demo_app) as session:
        service = session.exec(select(Service.id).where(Service.status == "active")).first()
    paths = ("/", "/search?q=anxiety", "/groupings/getting-help", f"/services/{service}",
             f"/services/{service}/report", "/get-help-now", "/about", "/accessibility",
             "/privacy", "/staying-safe-online", "/signpost/", "/for-providers",
             "/services/99999999", "/provider/login")
    for path in paths:
        with served.client() as visitor:
            match = FOOTER_LINK.search(visitor.get(path).text)
        assert match, path
        assert match.groups() == ("/for-providers", "For providers: add or update your service")
    with served.client() as service_manager:
        page = service_manager.get("/for-providers")
        assert page.status_code == 200 and "What moderation means" in page.text
        for link in ("/provider/login", "/provider/request-account"):
            assert f'href="{link}"' in page.text
            assert service_manager.get(link).status_code == 200, link


def test_the_footer_link_is_in_the_visitor_s_language(served):
    with served.client() as visitor:
        match = FOOTER_LINK.search(visitor.get("/get-help-now", params={"lang": "ro"}).text)
        assert match.groups() == ("/for-providers?lang=ro",
                                  "Pentru furnizori: adaugă sau actualizează serviciul tău")
        assert "Cum obții un cont" in visitor.get(match.group(1)).text
