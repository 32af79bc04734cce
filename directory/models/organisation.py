"""Organisations: the charities, teams and clubs that run services."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from .base import oruk_id_field, utcnow


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    oruk_id: str = oruk_id_field()
    name: str = Field(max_length=200, unique=True, index=True)
    description: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    charity_number: str = ""
    # Edits from a trusted organisation publish without moderation.
    trusted: bool = False
    created_at: datetime = Field(default_factory=utcnow)
