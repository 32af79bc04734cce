"""The gazetteer: postcodes, outcodes, places and local authorities, each with a point."""

from sqlmodel import Field, SQLModel


class Postcode(SQLModel, table=True):
    __tablename__ = "postcode"

    # Canonical form: upper case, one space before the inward code ("AL1 1AG").
    postcode: str = Field(primary_key=True, max_length=8)
    outcode: str = Field(index=True, max_length=4)
    latitude: float
    longitude: float
    la_code: str | None = Field(default=None, max_length=12, index=True)


class Outcode(SQLModel, table=True):
    __tablename__ = "outcode"

    outcode: str = Field(primary_key=True, max_length=4)
    # The mean of its postcodes' points.
    latitude: float
    longitude: float
    la_code: str | None = Field(default=None, max_length=12)


class Place(SQLModel, table=True):
    __tablename__ = "place"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    # The name folded by directory.geo.gazetteer.fold_place_name, for lookups.
    name_key: str = Field(max_length=100, index=True)
    county: str = Field(default="", max_length=100)
    country: str = Field(default="", max_length=40)
    latitude: float
    longitude: float
    la_code: str | None = Field(default=None, max_length=12)
    # A size proxy (postcodes within 2 km) so an ambiguous name finds the larger place.
    weight: int = 0


class LocalAuthority(SQLModel, table=True):
    __tablename__ = "local_authority"

    code: str = Field(primary_key=True, max_length=12)
    name: str = Field(max_length=100)
    latitude: float
    longitude: float


class PostcodeSector(SQLModel, table=True):
    __tablename__ = "postcode_sector"

    # The outcode, a space and the inward code's first digit ("M1 1").
    sector: str = Field(primary_key=True, max_length=6)
    outcode: str = Field(index=True, max_length=4)
    # The mean of its postcodes' points.
    latitude: float
    longitude: float
    la_code: str | None = Field(default=None, max_length=12)
