"""The five THRIVE groupings and the taxonomy of topics and support types."""

from sqlmodel import Field, SQLModel


class Grouping(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=40)
    name: str
    position: int


class TaxonomyTerm(SQLModel, table=True):
    __tablename__ = "taxonomy_term"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20, index=True)  # "topic" or "support_type"
    code: str = Field(max_length=60, unique=True, index=True)
    name: str
    description: str = ""
    parent_id: int | None = Field(default=None, foreign_key="taxonomy_term.id")
