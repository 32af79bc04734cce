"""The taxonomies the feed publishes and their terms, with their fixed or stored ids."""

import json
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlmodel import Session, select

from ..models import LocalAuthority, TaxonomyTerm
from ..vocabulary import fixed, thrive

DATA = Path(__file__).with_name("taxonomies.json")
# Sources whose terms are fixed vocabularies in the code, not rows in the database.
FIXED = ("groupings", "delivery_modes", "audience")


@dataclass(frozen=True)
class Taxonomy:
    """One published taxonomy; ``source`` says where its terms come from."""

    code: str
    id: str
    source: str
    link_type: str
    name: str
    description: str


@dataclass(frozen=True)
class Term:
    """One published taxonomy term."""

    id: str
    code: str
    name: str
    description: str
    taxonomy: Taxonomy
    parent_id: str | None = None


@cache
def taxonomies() -> tuple[Taxonomy, ...]:
    """Return the published taxonomies in order (read once from taxonomies.json)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(Taxonomy(**entry) for entry in data["taxonomies"])


def taxonomy(source: str) -> Taxonomy:
    """Return the taxonomy whose terms come from ``source``."""
    return next(t for t in taxonomies() if t.source == source)


def fixed_term_id(taxonomy_id: str, code: str) -> str:
    """Return the id of a term: uuid5 of its taxonomy's id and its code."""
    return str(uuid.uuid5(uuid.UUID(taxonomy_id), code))


def _fixed_terms(of: Taxonomy) -> list[Term]:
    if of.source == "groupings":
        entries = [(g.code, str(g.name), str(g.plain)) for g in thrive.GROUPINGS]
    else:
        labels = fixed.DELIVERY_MODES if of.source == "delivery_modes" else fixed.AUDIENCES
        entries = [(code, str(label), str(label)) for code, label in labels.items()]
    return [Term(fixed_term_id(of.id, code), code, name, text, of) for code, name, text in entries]


class Vocabulary:
    """Every published term by id and by (source, code), and council names; built per use."""

    def __init__(self, session: Session):
        self.session = session
        rows = session.exec(select(TaxonomyTerm).order_by(TaxonomyTerm.id)).all()
        ids = {row.id: row.oruk_id for row in rows}
        self.terms: list[Term] = []
        for of in taxonomies():
            if of.source in FIXED:
                self.terms += _fixed_terms(of)
                continue
            self.terms += [Term(row.oruk_id, row.code, row.name, row.description or row.name, of,
                                ids.get(row.parent_id)) for row in rows if row.kind == of.source]
        self.by_id = {term.id: term for term in self.terms}
        self.by_code = {(term.taxonomy.source, term.code): term for term in self.terms}
        self._areas: dict[str, str] | None = None

    def term(self, source: str, code: str) -> Term | None:
        """Return the term with this code from this source, if published."""
        return self.by_code.get((source, code))

    def area_name(self, code: str | None) -> str:
        """Return the name of a local authority (empty when unknown)."""
        if self._areas is None:
            self._areas = dict(self.session.exec(
                select(LocalAuthority.code, LocalAuthority.name)).all())
        return self._areas.get(code or "", "")

    def area_code(self, name: str) -> str | None:
        """Return the code of the local authority with this name (any case), if any."""
        self.area_name(None)
        wanted = name.strip().casefold()
        return next((code for code, area in self._areas.items() if area.casefold() == wanted), None)
