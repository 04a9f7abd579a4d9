"""a mac address is unique per network

Revision ID: 2d5f7b9c1e68
Revises: 1c4e6a8b0d57
Create Date: 2013-11-25 16:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '2d5f7b9c1e68'
down_revision = '1c4e6a8b0d57'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_unique_constraint(name='uniq_ports0mac_address0network_id', source='ports',
                                local_cols=['mac_address', 'network_id'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint(name='uniq_ports0mac_address0network_id', table_name='ports', type_='unique')
