"""Places where services are delivered."""

from sqlmodel import Field, SQLModel

from .base import oruk_id_field


class Location(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    oruk_id: str = oruk_id_field()
    name: str = ""
    address: str = ""
    town: str = ""
    postcode: str = Field(default="", max_length=10, index=True)
    latitude: float | None = None
    longitude: float | None = None
    la_code: str | None = Field(default=None, max_length=12, index=True)
    # Shown as "address given on booking" on public pages.
    hide_address: bool = False


class ServiceAtLocation(SQLModel, table=True):
    __tablename__ = "service_at_location"

    id: int | None = Field(default=None, primary_key=True)
    oruk_id: str = oruk_id_field()
    service_id: int = Field(foreign_key="service.id", index=True, ondelete="CASCADE")
    location_id: int = Field(foreign_key="location.id", index=True, ondelete="CASCADE")
