"""segment mtu in the core plugin's bindings

Revision ID: 9a2c4e6f8b35
Revises: 8f1b3d5e7a24
Create Date: 2013-10-14 13:37:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '9a2c4e6f8b35'
down_revision = '8f1b3d5e7a24'

migration_for_plugins = [
    migration.OVS,
    migration.LINUXBRIDGE,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    if migration.OVS in active_plugins:
        op.add_column('ovs_network_bindings', sa.Column('segment_mtu', sa.Integer, nullable=True))
    elif migration.LINUXBRIDGE in active_plugins:
        op.add_column('network_bindings', sa.Column('segment_mtu', sa.Integer, nullable=True))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    if migration.OVS in active_plugins:
        op.drop_column('ovs_network_bindings', 'segment_mtu')
    elif migration.LINUXBRIDGE in active_plugins:
        op.drop_column('network_bindings', 'segment_mtu')
