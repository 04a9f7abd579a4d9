"""port bindings are per host: host joins the primary key

Revision ID: 3a5c7e9f1bcd
Revises: 2f4b6d8e0abc
Create Date: 2013-07-15 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '3a5c7e9f1bcd'
down_revision = '2f4b6d8e0abc'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.add_column('port_bindings', sa.Column('host', sa.String(255), nullable=False, server_default=''))
    # MySQL refuses to drop the key its foreign key uses: the unnamed foreign key goes first
    op.drop_constraint(migration.server_fk_name('port_bindings', 'port_id', 1), 'port_bindings', type_='foreignkey')
    op.drop_constraint('pk_port_bindings', 'port_bindings', type_='primary')
    op.create_primary_key('pk_port_bindings', 'port_bindings', ['port_id', 'host'])
    op.create_foreign_key('fk_port_bindings_port_id', 'port_bindings', 'ports', ['port_id'], ['id'],
                          ondelete='CASCADE')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint('fk_port_bindings_port_id', 'port_bindings', type_='foreignkey')
    op.drop_constraint('pk_port_bindings', 'port_bindings', type_='primary')
    op.create_primary_key('pk_port_bindings', 'port_bindings', ['port_id'])
    op.create_foreign_key(None, 'port_bindings', 'ports', ['port_id'], ['id'], ondelete='CASCADE')
    op.drop_column('port_bindings', 'host')
