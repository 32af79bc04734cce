"""The five THRIVE groupings and the taxonomy of topics and support types."""

import uuid

from sqlmodel import Field, SQLModel

# The Open Referral UK ids of the topic and support-type taxonomies (directory/oruk/
# taxonomies.json says the same; a test pins it). A term's id is uuid5(its taxonomy's id, its
# code): stored, and the same in every directory that uses the code.
TAXONOMY_IDS = {
    "topic": uuid.UUID("d188bb34-23de-456d-b380-b5736e8c53d4"),
    "support_type": uuid.UUID("443d7881-4ec9-4ea5-9d8f-36ea2c52107e"),
}


def term_oruk_id(kind: str, code: str) -> str:
    """Return the Open Referral UK id of the term with this kind and code."""
    return str(uuid.uuid5(TAXONOMY_IDS[kind], code))


def _term_oruk_id(context) -> str:
    values = context.get_current_parameters()
    return term_oruk_id(values["kind"], values["code"])


class Grouping(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=40)
    name: str
    position: int


class TaxonomyTerm(SQLModel, table=True):
    __tablename__ = "taxonomy_term"

    id: int | None = Field(default=None, primary_key=True)
    # Filled on insert from the kind and code (term_oruk_id).
    oruk_id: str | None = Field(default=None, max_length=36, unique=True, index=True,
                                sa_column_kwargs={"default": _term_oruk_id})
    kind: str = Field(max_length=20, index=True)  # "topic" or "support_type"
    code: str = Field(max_length=60, unique=True, index=True)
    name: str
    description: str = ""
    parent_id: int | None = Field(default=None, foreign_key="taxonomy_term.id")
