"""look ports up by device

Revision ID: 6f9b1d3e5a4c
Revises: 5e8a0c2d4f3b
Create Date: 2014-07-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '6f9b1d3e5a4c'
down_revision = '5e8a0c2d4f3b'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    # written for Alembic 0.6
    op.create_index(name='ix_ports_device_id', tablename='ports', columns=['device_id'])
    op.create_index('ix_ports_device_owner_network_id', 'ports', ['device_owner', 'network_id'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_index('ix_ports_device_owner_network_id', table_name='ports')
    op.drop_index(name='ix_ports_device_id', tablename='ports')
