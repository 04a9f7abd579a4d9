"""the router interfaces view follows the network: prefix of device owners

Revision ID: 9c2e4a6b8d7f
Revises: 8b1d3f5a7c6e
Create Date: 2014-08-18 11:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '9c2e4a6b8d7f'
down_revision = '8b1d3f5a7c6e'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("DROP VIEW router_interfaces")
    op.execute("CREATE VIEW router_interfaces AS SELECT id, network_id, device_id FROM ports "
               "WHERE device_owner = 'network:router_interface'")


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("DROP VIEW router_interfaces")
    op.execute("CREATE VIEW router_interfaces AS SELECT id, network_id, device_id FROM ports "
               "WHERE device_owner = 'router_interface'")
