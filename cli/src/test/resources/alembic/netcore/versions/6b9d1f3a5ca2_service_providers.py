"""service types become service providers

Revision ID: 6b9d1f3a5ca2
Revises: 5a8c0e2f4b91
Create Date: 2014-02-10 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '6b9d1f3a5ca2'
down_revision = '5a8c0e2f4b91'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.rename_table('servicetypes', 'service_providers')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.rename_table('service_providers', 'servicetypes')
