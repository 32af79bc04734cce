"""ORUK documents for taxonomies, terms, attributes and organisations."""

from ..models import Organisation
from .ids import part_id
from .vocabulary import Taxonomy, Term


def taxonomy_doc(taxonomy: Taxonomy, terms: list[Term] | None = None) -> dict:
    """Return a taxonomy, with its terms when given."""
    doc = {"id": taxonomy.id, "name": taxonomy.name, "description": taxonomy.description,
           "version": "1"}
    if terms:
        doc["taxonomy_terms"] = [term_doc(term) for term in terms]
    return doc


def term_doc(term: Term) -> dict:
    """Return a taxonomy term."""
    doc = {"id": term.id, "code": term.code, "name": term.name, "term": term.name,
           "description": term.description, "taxonomy": term.taxonomy.name,
           "taxonomy_id": term.taxonomy.id}
    if term.parent_id:
        doc["parent_id"] = term.parent_id
    return doc


def attribute_doc(link_id: str, term: Term) -> dict:
    """Return the attribute that links a service to a term."""
    return {"id": part_id(link_id, f"attribute:{term.id}"), "link_id": link_id,
            "link_type": term.taxonomy.link_type, "link_entity": "service",
            "taxonomy_term_id": term.id, "taxonomy_term": term_doc(term)}


def organization_doc(organisation: Organisation) -> dict:
    """Return an organisation's own fields (no services)."""
    doc = {"id": organisation.oruk_id, "name": organisation.name,
           # ORUK requires a description: the name stands in when there is none.
           "description": organisation.description or organisation.name}
    put(doc, "email", organisation.email)
    put(doc, "website", organisation.website)
    if organisation.charity_number:
        doc["organization_identifiers"] = [{
            "id": part_id(organisation.oruk_id, "identifier:charity"),
            "organization_id": organisation.oruk_id, "identifier_scheme": "GB-CHC",
            "identifier_type": "Charity number", "identifier": organisation.charity_number}]
    return doc


def put(doc: dict, key: str, value) -> None:
    """Set ``key`` only when there is a value: empty fields are left out, never null."""
    if value not in (None, "", [], {}):
        doc[key] = value
