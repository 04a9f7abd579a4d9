"""a floating ip address is unique per network, not globally

Revision ID: 3e6a8c0d2f79
Revises: 2d5f7b9c1e68
Create Date: 2013-12-09 09:09:09.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '3e6a8c0d2f79'
down_revision = '2d5f7b9c1e68'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    # created unnamed by unique=True in 3c5e7a9b1d23: the server named it
    op.drop_constraint(migration.server_unique_name('floatingips', 'floating_ip_address'), 'floatingips',
                       type_='unique')
    op.create_unique_constraint('uniq_floatingips0floating_network_id0floating_ip_address', 'floatingips',
                                ['floating_network_id', 'floating_ip_address'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint('uniq_floatingips0floating_network_id0floating_ip_address', 'floatingips', type_='unique')
    op.create_unique_constraint(None, 'floatingips', ['floating_ip_address'])
