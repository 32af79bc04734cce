"""The request's translations, found once per locale instead of once per string.

Flask-Babel finds the catalogue again for every string it translates: three look-ups of its
request context, the locale turned into text, a dictionary read. A results page translates a
few hundred strings, so the domain Flask-Babel uses is replaced by one that remembers the
catalogue of the last locale object it was asked about (a request's locale is one object for
the whole request; ``force_locale`` sets another, so an email in the reader's language and the
page around it each get their own), and the templates' ``_`` and ``ngettext`` go to it directly.
"""

from flask_babel import Babel, Domain, get_locale


class RememberingDomain(Domain):
    """Flask-Babel's domain, remembering the catalogue of the last locale it was asked for."""

    _last: tuple = (None, None)

    def get_translations(self):
        """Return the current locale's catalogue (as Flask-Babel's own domain would)."""
        locale = get_locale()
        last, translations = self._last
        if locale is None or last is not locale:
            translations = super().get_translations()
            if locale is not None:
                self._last = (locale, translations)
        return translations


def init_app(app, babel: Babel) -> None:
    """Make Flask-Babel and the templates use a remembering domain (after ``babel.init_app``)."""
    domain = RememberingDomain(domain=app.extensions["babel"].default_domain)
    babel.domain_instance = domain  # Flask-Babel's cached property: the instance value wins
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: domain.get_translations().ugettext(s),
        ngettext=lambda s, p, n: domain.get_translations().ungettext(s, p, n),
        pgettext=lambda c, s: domain.get_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: domain.get_translations().unpgettext(c, s, p, n),
        newstyle=True,
    )
