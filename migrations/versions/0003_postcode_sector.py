"""postcode sectors for approximate postcode lookups

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00.000000

A full postcode missing from the gazetteer falls back to its sector ("M1 1"), the outcode plus
the first digit of the inward code, before its outcode. Each sector holds the mean point of its
postcodes and their most common local authority.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the postcode sector table."""
    op.create_table('postcode_sector',
    sa.Column('sector', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=False),
    sa.Column('outcode', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('la_code', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.PrimaryKeyConstraint('sector')
    )
    with op.batch_alter_table('postcode_sector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postcode_sector_outcode'), ['outcode'], unique=False)


def downgrade() -> None:
    """Drop the postcode sector table."""
    with op.batch_alter_table('postcode_sector', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postcode_sector_outcode'))
    op.drop_table('postcode_sector')
