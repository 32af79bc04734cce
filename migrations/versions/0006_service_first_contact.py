"""what happens when you get in touch: a plain-words field on every service

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 14:00:00.000000

Existing listings start empty; the service page and the sheet show the sentence only when a
provider (or an import) gives one.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add first_contact to every service."""
    op.add_column('service', sa.Column('first_contact', sa.String(length=300), nullable=False,
                                       server_default=''))


def downgrade() -> None:
    """Drop first_contact."""
    op.drop_column('service', 'first_contact')
