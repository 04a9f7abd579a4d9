"""indexes on resource names

Revision ID: 7a9c1e3f5b67
Revises: 6f8b0d2e4a56
Create Date: 2013-04-15 10:10:10.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '7a9c1e3f5b67'
down_revision = '6f8b0d2e4a56'

migration_for_plugins = ['*']

NAMED_RESOURCES = ('networks', 'subnets', 'ports', 'routers')


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in NAMED_RESOURCES:
        migration.create_name_index(table)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in NAMED_RESOURCES:
        op.drop_index(name='ix_%s_name' % table, tablename=table)
