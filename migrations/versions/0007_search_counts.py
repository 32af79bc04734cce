"""anonymous search counts for the steering group's insights; the commissioner role

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00.000000

One row per day, local authority, age band, crisis shown or not, local result band and facet
(every search once, then each topic and each grouping): codes only. The checks are the
table's own promise that no row can hold words, a postcode or an address. The commissioner
role needs no schema change (roles are text).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

AGE_BANDS = ('', '0-4', '5-10', '11-15', '16-18', '19-25')
RESULT_BANDS = ('', '0', '1-4', '5+')
FACETS = ('', 'topic', 'grouping')
KEY = ('day', 'la_code', 'age_band', 'crisis', 'local_results', 'facet', 'value')


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def _text(length: int) -> sa.types.TypeEngine:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    """Create search_count with its checks and its day index."""
    op.create_table(
        'search_count',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('la_code', _text(9), nullable=False),
        sa.Column('age_band', _text(5), nullable=False),
        sa.Column('crisis', sa.Boolean(), nullable=False),
        sa.Column('local_results', _text(3), nullable=False),
        sa.Column('facet', _text(8), nullable=False),
        sa.Column('value', _text(60), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint(*KEY),
        sa.CheckConstraint(_one_of('age_band', AGE_BANDS), name='search_count_age_band'),
        sa.CheckConstraint(_one_of('local_results', RESULT_BANDS), name='search_count_results'),
        sa.CheckConstraint(_one_of('facet', FACETS), name='search_count_facet'),
        sa.CheckConstraint("length(la_code) IN (0, 9) AND la_code = upper(la_code)",
                           name='search_count_la_code'),
        sa.CheckConstraint("((facet = '') = (value = '')) AND value = lower(value) "
                           "AND value NOT LIKE '% %' AND length(value) <= 60",
                           name='search_count_value'),
        sa.CheckConstraint('count >= 1', name='search_count_count'),
    )
    op.create_index('ix_search_count_day', 'search_count', ['day'], unique=False)


def downgrade() -> None:
    """Drop search_count."""
    op.drop_index('ix_search_count_day', table_name='search_count')
    op.drop_table('search_count')
