"""gateways move to the routers: drop subnets.gateway_ip

Revision ID: 2b5d7f9a1c08
Revises: 1a4c6e8f0bf7
Create Date: 2014-05-05 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '2b5d7f9a1c08'
down_revision = '1a4c6e8f0bf7'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_column('subnets', 'gateway_ip')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.add_column('subnets', sa.Column('gateway_ip', sa.String(128), nullable=True))
