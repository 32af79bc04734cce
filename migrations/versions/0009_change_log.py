"""the change log every node's search index follows

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09 11:00:00.000000

Existing listings get one "created" entry each, so a node started after the upgrade finds the
whole directory in the log.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create change_log and log every existing listing once."""
    op.create_table(
        'change_log',
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('what', sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint('seq'),
    )
    op.create_index('ix_change_log_at', 'change_log', ['at'])
    op.create_index('ix_change_log_service_id', 'change_log', ['service_id'])
    op.execute("INSERT INTO change_log (at, service_id, what) "
               "SELECT last_modified, id, 'created' FROM service ORDER BY id")


def downgrade() -> None:
    """Drop change_log."""
    op.drop_index('ix_change_log_service_id', table_name='change_log')
    op.drop_index('ix_change_log_at', table_name='change_log')
    op.drop_table('change_log')
