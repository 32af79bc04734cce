"""Anonymous search counts for the steering group's insights."""

from datetime import date

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

AGE_BAND_CODES = ("", "0-4", "5-10", "11-15", "16-18", "19-25")  # "" when no age was given
RESULT_BANDS = ("", "0", "1-4", "5+")  # local results found; "" when no place was given
FACETS = ("", "topic", "grouping")  # "" is the row counting every search once
SEARCH_COUNT_KEY = ("day", "la_code", "age_band", "crisis", "local_results", "facet", "value")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


class SearchCount(SQLModel, table=True):
    """How many searches on one day matched one description: an aggregate, never a search.

    Every column is a code from a closed list: the day, the local authority of the searched
    point (a 9-character ONS code, never the postcode or place typed), the age band, whether
    crisis help was shown, the local results as a band, and a topic or grouping code. The
    checks refuse anything else, so no row can hold words, a postcode, an address or an IP.
    """

    __tablename__ = "search_count"
    __table_args__ = (
        UniqueConstraint(*SEARCH_COUNT_KEY),
        CheckConstraint(_one_of("age_band", AGE_BAND_CODES), name="search_count_age_band"),
        CheckConstraint(_one_of("local_results", RESULT_BANDS), name="search_count_results"),
        CheckConstraint(_one_of("facet", FACETS), name="search_count_facet"),
        CheckConstraint("length(la_code) IN (0, 9) AND la_code = upper(la_code)",
                        name="search_count_la_code"),
        CheckConstraint("((facet = '') = (value = '')) AND value = lower(value) "
                        "AND value NOT LIKE '% %' AND length(value) <= 60",
                        name="search_count_value"),
        CheckConstraint("count >= 1", name="search_count_count"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    la_code: str = Field(default="", max_length=9)
    age_band: str = Field(default="", max_length=5)
    crisis: bool = False
    local_results: str = Field(default="", max_length=3)
    facet: str = Field(default="", max_length=8)
    value: str = Field(default="", max_length=60)
    count: int = 1
