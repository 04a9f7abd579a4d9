"""subnets are IPv4 or IPv6

Revision ID: 1c4e6a8b0d57
Revises: 0b3d5f7a9c46
Create Date: 2013-11-11 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '1c4e6a8b0d57'
down_revision = '0b3d5f7a9c46'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_check_constraint(name='ck_subnets_ip_version', source='subnets', condition='ip_version IN (4, 6)')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint(name='ck_subnets_ip_version', table_name='subnets', type_='check')
