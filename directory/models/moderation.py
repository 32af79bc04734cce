"""Change requests, claims of listings and problem reports awaiting moderators."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from .base import json_column, utcnow


class ChangeRequest(SQLModel, table=True):
    __tablename__ = "change_request"

    id: int | None = Field(default=None, primary_key=True)
    service_id: int | None = Field(default=None, foreign_key="service.id", index=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    account_id: int | None = Field(default=None, foreign_key="account.id")
    # The proposed listing as a ServiceInput dump, and the version it was based on.
    proposed: dict = Field(default_factory=dict, sa_column=json_column())
    base_version: int | None = None
    status: str = Field(default="pending", max_length=20, index=True)
    reason: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
    decided_by: int | None = Field(default=None, foreign_key="account.id")


class Claim(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="service.id", index=True)
    account_id: int = Field(foreign_key="account.id")
    organisation_id: int = Field(foreign_key="organisation.id")
    message: str = ""
    status: str = Field(default="pending", max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
    decided_by: int | None = Field(default=None, foreign_key="account.id")


class ProblemReport(SQLModel, table=True):
    __tablename__ = "problem_report"

    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="service.id", index=True)
    kind: str = Field(default="other", max_length=40)
    message: str = Field(default="", max_length=2000)
    status: str = Field(default="open", max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None
    resolved_by: int | None = Field(default=None, foreign_key="account.id")
