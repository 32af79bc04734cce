"""The remembering translation domain: one catalogue look-up per locale, never the wrong one."""

from flask import render_template_string
from flask_babel import force_locale, get_domain, gettext

from directory.web.catalogues import RememberingDomain

PAGE = "{{ _('Open now') }}"


def test_a_page_an_email_in_another_language_and_the_page_again(app):
    with app.test_request_context("/?lang=pl"):
        assert isinstance(get_domain(), RememberingDomain)
        polish = render_template_string(PAGE)
        assert polish != "Open now"
        with force_locale("en"):
            assert render_template_string(PAGE) == "Open now" == gettext("Open now")
            with force_locale("ur"):
                assert render_template_string(PAGE) not in (polish, "Open now")
        assert render_template_string(PAGE) == polish == gettext("Open now")
    with app.test_request_context("/?lang=ro"):
        assert render_template_string(PAGE) not in (polish, "Open now")
