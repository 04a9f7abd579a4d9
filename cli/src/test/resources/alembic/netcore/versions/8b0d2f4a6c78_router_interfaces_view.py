"""view of the router interface ports

Revision ID: 8b0d2f4a6c78
Revises: 7a9c1e3f5b67
Create Date: 2013-05-06 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '8b0d2f4a6c78'
down_revision = '7a9c1e3f5b67'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("CREATE VIEW router_interfaces AS SELECT id, network_id, device_id FROM ports "
               "WHERE device_owner = 'router_interface'")


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("DROP VIEW router_interfaces")
