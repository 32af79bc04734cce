"""stored Open Referral UK ids; where an imported listing came from

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:00:00.000000

Every organisation, service, location, service-at-location and schedule gets a random UUID,
published as its id in the Open Referral UK feed and never derived from a row number. A
taxonomy term's id is uuid5 of its taxonomy's id and its code, so a topic has the same id in
every directory. Services also remember the id they had in the feed they were imported from,
and the feed's taxonomy terms we could not map, for a moderator.
"""

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

RANDOM_ID_TABLES = ('organisation', 'service', 'location', 'service_at_location', 'schedule')
# The topic and support-type taxonomies' ids, as in directory/models/taxonomy.py.
TAXONOMY_IDS = {
    'topic': uuid.UUID('d188bb34-23de-456d-b380-b5736e8c53d4'),
    'support_type': uuid.UUID('443d7881-4ec9-4ea5-9d8f-36ea2c52107e'),
}
BATCH = 5_000


def _id_column(nullable: bool) -> sa.Column:
    return sa.Column('oruk_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=nullable,
                     server_default=None if nullable else '')


def _fill(connection, table: sa.Table, values) -> None:
    """Write (row id, new id) pairs in batches."""
    statement = (table.update().where(table.c.id == sa.bindparam('row_id'))
                 .values(oruk_id=sa.bindparam('new_id')))
    rows = [{'row_id': row_id, 'new_id': new_id} for row_id, new_id in values]
    for start in range(0, len(rows), BATCH):
        connection.execute(statement, rows[start:start + BATCH])


def upgrade() -> None:
    """Add and fill the ids, then make them unique; add the import columns to services."""
    connection = op.get_bind()
    # Plain ADD COLUMN, no table copy: on SQLite a copy would cascade-delete linked rows.
    for name in RANDOM_ID_TABLES:
        op.add_column(name, _id_column(nullable=False))
        table = sa.table(name, sa.column('id', sa.Integer()), sa.column('oruk_id', sa.String()))
        ids = connection.execute(sa.select(table.c.id)).scalars().all()
        _fill(connection, table, ((row_id, str(uuid.uuid4())) for row_id in ids))
        op.create_index(f'ix_{name}_oruk_id', name, ['oruk_id'], unique=True)
        if connection.dialect.name != 'sqlite':
            op.alter_column(name, 'oruk_id', server_default=None)
    op.add_column('taxonomy_term', _id_column(nullable=True))
    terms = sa.table('taxonomy_term', sa.column('id', sa.Integer()), sa.column('kind', sa.String()),
                     sa.column('code', sa.String()), sa.column('oruk_id', sa.String()))
    rows = connection.execute(sa.select(terms.c.id, terms.c.kind, terms.c.code)).all()
    _fill(connection, terms, ((row_id, str(uuid.uuid5(TAXONOMY_IDS.get(kind, TAXONOMY_IDS['topic']), code)))
                              for row_id, kind, code in rows))
    op.create_index('ix_taxonomy_term_oruk_id', 'taxonomy_term', ['oruk_id'], unique=True)
    op.add_column('service', sa.Column('oruk_source_id', sqlmodel.sql.sqltypes.AutoString(length=200),
                                       nullable=False, server_default=''))
    op.create_index('ix_service_oruk_source_id', 'service', ['oruk_source_id'], unique=False)
    op.add_column('service', sa.Column('oruk_unmapped', sa.JSON(), nullable=False,
                                       server_default=sa.text("'[]'")))


def downgrade() -> None:
    """Drop the ids and the import columns."""
    op.drop_index('ix_service_oruk_source_id', table_name='service')
    op.drop_column('service', 'oruk_unmapped')
    op.drop_column('service', 'oruk_source_id')
    for name in (*RANDOM_ID_TABLES, 'taxonomy_term'):
        op.drop_index(f'ix_{name}_oruk_id', table_name=name)
        op.drop_column(name, 'oruk_id')
