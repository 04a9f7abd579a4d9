"""created_at and updated_at on the core resources

Revision ID: 6f8b0d2e4a56
Revises: 5e7a9c1d3f45
Create Date: 2013-04-02 16:05:55.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '6f8b0d2e4a56'
down_revision = '5e7a9c1d3f45'

migration_for_plugins = ['*']

TABLES = ['networks', 'subnets', 'ports', 'routers', 'floatingips']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in TABLES:
        op.add_column(table, sa.Column('created_at', sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column('updated_at', sa.DateTime, nullable=True))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in reversed(TABLES):
        op.drop_column(table, 'updated_at')
        op.drop_column(table, 'created_at')
