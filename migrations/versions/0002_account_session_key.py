"""account session key replaces the security stamp

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00.000000

Sessions and emailed links are bound to a random per-account key instead of a counter, so
closing an account can end them for good. Every existing account gets its own key, which signs
everyone out once and retires the links already sent.
"""

import secrets

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

account = sa.table('account', sa.column('id', sa.Integer()), sa.column('session_key', sa.String()))


def upgrade() -> None:
    """Add a random session key to every account and drop the security stamp."""
    # Plain ADD/DROP COLUMN, no table copy: on SQLite a copy would cascade-delete memberships.
    op.add_column('account', sa.Column('session_key', sqlmodel.sql.sqltypes.AutoString(length=64),
                                       nullable=False, server_default=''))
    connection = op.get_bind()
    for (account_id,) in connection.execute(sa.select(account.c.id)).all():
        connection.execute(account.update().where(account.c.id == account_id)
                           .values(session_key=secrets.token_urlsafe(24)))
    op.drop_column('account', 'security_stamp')


def downgrade() -> None:
    """Bring back the security stamp (every session and link ends again)."""
    op.add_column('account', sa.Column('security_stamp', sa.Integer(), nullable=False,
                                       server_default='0'))
    op.drop_column('account', 'session_key')
