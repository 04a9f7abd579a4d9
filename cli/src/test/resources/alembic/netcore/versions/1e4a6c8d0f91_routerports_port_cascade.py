"""router ports go with their port

Revision ID: 1e4a6c8d0f91
Revises: 0d3f5b7c9e80
Create Date: 2014-09-15 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '1e4a6c8d0f91'
down_revision = '0d3f5b7c9e80'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint(migration.server_fk_name('routerports', 'port_id', 2), 'routerports', type_='foreignkey')
    op.create_foreign_key('fk_routerports_port_id', 'routerports', 'ports', ['port_id'], ['id'],
                          ondelete='CASCADE')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint('fk_routerports_port_id', 'routerports', type_='foreignkey')
    op.create_foreign_key(None, 'routerports', 'ports', ['port_id'], ['id'])
