"""the language each account's emails are written in

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09 10:00:00.000000

Existing accounts keep English, the language their emails were written in until now.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add account.language (default English)."""
    op.add_column('account', sa.Column('language', sa.String(length=8), nullable=False,
                                       server_default='en'))


def downgrade() -> None:
    """Drop account.language."""
    op.drop_column('account', 'language')
