"""Services (listings), their groupings, taxonomy terms and weekly schedules."""

from datetime import date, datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, Relationship, SQLModel

from .base import json_list_column, oruk_id_field, utcnow
from .location import Location, ServiceAtLocation
from .organisation import Organisation
from .taxonomy import Grouping, TaxonomyTerm

STATUSES = ("active", "temporarily-closed", "inactive", "pending")
# Listed: shown in the directory (search, pages, feeds, exports). The rest are not public.
LISTED = ("active", "temporarily-closed")
DEFAULT_AUDIENCE = ("young-people",)


def _default_audience() -> list[str]:
    return list(DEFAULT_AUDIENCE)


class ServiceGrouping(SQLModel, table=True):
    __tablename__ = "service_grouping"

    service_id: int = Field(foreign_key="service.id", primary_key=True, ondelete="CASCADE")
    grouping_code: str = Field(foreign_key="grouping.code", primary_key=True)


class ServiceTerm(SQLModel, table=True):
    __tablename__ = "service_term"

    service_id: int = Field(foreign_key="service.id", primary_key=True, ondelete="CASCADE")
    term_id: int = Field(foreign_key="taxonomy_term.id", primary_key=True)


class Service(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("organisation_id", "service_ref"),)

    id: int | None = Field(default=None, primary_key=True)
    oruk_id: str = oruk_id_field()
    # Imported from an Open Referral feed: the id it has there (re-imports match on it), and
    # the taxonomy terms we could not map, kept for a moderator (directory/oruk, OPEN_DATA.md).
    oruk_source_id: str = Field(default="", max_length=200, index=True)
    oruk_unmapped: list[dict] = Field(default_factory=list, sa_column=json_list_column())
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    service_ref: str = Field(max_length=100)
    name: str = Field(max_length=200)
    summary: str = Field(default="", max_length=200)
    description: str = ""
    first_contact: str = Field(default="", max_length=300)  # what happens when you get in touch
    url: str = ""
    email: str = ""
    phone: str = ""
    text_number: str = ""
    status: str = Field(default="active", max_length=20, index=True)
    minimum_age: int = 0
    maximum_age: int = 25
    self_referral: bool = False
    self_referral_min_age: int | None = None
    referral_routes: list[str] = Field(default_factory=list, sa_column=json_list_column())
    parental_involvement: str = ""
    confidentiality: str = ""
    delivery_modes: list[str] = Field(default_factory=list, sa_column=json_list_column())
    # Who it is for (vocab.AUDIENCES): young people, parents and carers, professionals.
    audience: list[str] = Field(default_factory=_default_audience,
                                sa_column=Column(JSON, nullable=False, default=_default_audience))
    cost: str = Field(default="free", max_length=20)
    cost_details: str = ""
    languages: list[str] = Field(default_factory=list, sa_column=json_list_column())
    accessibility: str = ""
    availability: str = Field(default="accepting", max_length=20)
    wait_weeks: int | None = None
    availability_stated: date | None = None
    availability_expires: date | None = None
    national: bool = False
    service_areas: list[str] = Field(default_factory=list, sa_column=json_list_column())
    assured_date: date | None = None
    assured_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    last_modified: datetime = Field(default_factory=utcnow)
    # Optimistic concurrency: every write bumps it; a save based on an older version is refused,
    # by listings and by the database: each UPDATE says ``WHERE version = <the version read>``.
    version: int = 1

    organisation: Organisation = Relationship()
    groupings: list[Grouping] = Relationship(link_model=ServiceGrouping)
    terms: list[TaxonomyTerm] = Relationship(link_model=ServiceTerm)
    locations: list[Location] = Relationship(link_model=ServiceAtLocation)
    schedules: list["Schedule"] = Relationship(
        back_populates="service",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "order_by": "Schedule.weekday"},
    )

    @declared_attr
    def __mapper_args__(cls) -> dict:
        """Check the version in every UPDATE; listings bump it (no automatic counter)."""
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}

    @property
    def grouping_codes(self) -> list[str]:
        """Return the grouping codes in the THRIVE order."""
        return [g.code for g in sorted(self.groupings, key=lambda g: g.position)]

    def term_codes(self, kind: str) -> list[str]:
        """Return the codes of this service's taxonomy terms of one kind."""
        return [t.code for t in self.terms if t.kind == kind]


class Schedule(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    oruk_id: str = oruk_id_field()
    service_id: int = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    location_id: int | None = Field(default=None, foreign_key="location.id")
    weekday: int  # 0 = Monday … 6 = Sunday
    opens_at: str = Field(max_length=5)  # "HH:MM"
    closes_at: str = Field(max_length=5)  # "HH:MM"; "24:00" means midnight at the end of the day
    notes: str = ""

    service: Service = Relationship(back_populates="schedules")
