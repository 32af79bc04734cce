"""The audit trail, reminder log and anonymous usage counts."""

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from .base import json_column, utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: int | None = Field(default=None, foreign_key="account.id")
    actor: str = ""  # a readable name: an email, "import: services.csv", "cli"
    action: str = Field(max_length=40)
    entity: str = Field(default="service", max_length=40)
    entity_id: int | None = Field(default=None, index=True)
    before: dict | None = Field(default=None, sa_column=json_column())
    after: dict | None = Field(default=None, sa_column=json_column())


class ReminderSent(SQLModel, table=True):
    """One reminder per listing per assured date, so a daily cron never repeats itself."""

    __tablename__ = "reminder_sent"
    __table_args__ = (UniqueConstraint("service_id", "assured_date", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    assured_date: date | None = None
    kind: str = Field(default="six-months", max_length=20)
    sent_at: datetime = Field(default_factory=utcnow)


class UsageCount(SQLModel, table=True):
    """Anonymous aggregate counts: never free text, full postcodes, IPs or people."""

    __tablename__ = "usage_count"
    __table_args__ = (UniqueConstraint("day", "event", "outcode", "age_band", "facet", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    event: str = Field(max_length=30)  # search, search-empty, signpost, sheet
    outcode: str = Field(default="", max_length=5)
    age_band: str = Field(default="", max_length=10)
    facet: str = Field(default="", max_length=20)  # grouping, topic, service, …
    value: str = Field(default="", max_length=60)
    count: int = 0
