"""agents are keyed by id

Revision ID: 5a8c0e2f4b91
Revises: 4f7b9d1e3a80
Create Date: 2014-01-27 15:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '5a8c0e2f4b91'
down_revision = '4f7b9d1e3a80'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    # the primary key of 6d8f0b2c4ef1 was unnamed: PostgreSQL calls it agents_pkey (MySQL ignores the name)
    op.drop_constraint('agents_pkey', 'agents', type_='primary')
    op.create_primary_key('agents_pkey', 'agents', ['id'])
    op.create_unique_constraint('uniq_agents0agent_type0host', 'agents', ['agent_type', 'host'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint('uniq_agents0agent_type0host', 'agents', type_='unique')
    op.drop_constraint('agents_pkey', 'agents', type_='primary')
    op.create_primary_key('agents_pkey', 'agents', ['agent_type', 'host'])
