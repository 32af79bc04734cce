"""who a service is for: young people, parents and carers, professionals

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 12:00:00.000000

Every existing listing is for young people, as every listing was taken to be before; providers
and imports can then add parents and carers or professionals.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the audience list to every service."""
    # Plain ADD COLUMN with a default, no table copy (a copy would cascade-delete on SQLite).
    op.add_column('service', sa.Column('audience', sa.JSON(), nullable=False,
                                       server_default=sa.text("'[\"young-people\"]'")))


def downgrade() -> None:
    """Drop the audience list."""
    op.drop_column('service', 'audience')
