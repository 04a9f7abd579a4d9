"""device owners get the network: prefix

Revision ID: 0b3d5f7a9c46
Revises: 9a2c4e6f8b35
Create Date: 2013-10-28 11:11:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '0b3d5f7a9c46'
down_revision = '9a2c4e6f8b35'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("UPDATE ports SET device_owner = 'network:dhcp' WHERE device_owner = 'dhcp'")
    op.execute("UPDATE ports SET device_owner = 'network:router_interface' "
               "WHERE device_owner = 'router_interface'")


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("UPDATE ports SET device_owner = 'router_interface' "
               "WHERE device_owner = 'network:router_interface'")
    op.execute("UPDATE ports SET device_owner = 'dhcp' WHERE device_owner = 'network:dhcp'")
