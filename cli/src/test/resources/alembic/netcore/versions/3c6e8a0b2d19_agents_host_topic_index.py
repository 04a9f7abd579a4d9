"""one agent per host and topic

Revision ID: 3c6e8a0b2d19
Revises: 2b5d7f9a1c08
Create Date: 2014-05-19 15:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '3c6e8a0b2d19'
down_revision = '2b5d7f9a1c08'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_index('ix_agents_host_topic', 'agents', ['host', 'topic'], unique=True)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_index('ix_agents_host_topic', table_name='agents')
