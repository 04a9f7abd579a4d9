"""agents.configurations is agents.config

Revision ID: 7c0e2a4b6db3
Revises: 6b9d1f3a5ca2
Create Date: 2014-02-24 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '7c0e2a4b6db3'
down_revision = '6b9d1f3a5ca2'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.alter_column('agents', 'configurations', new_column_name='config',
                    existing_type=sa.String(4095), existing_nullable=False)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.alter_column('agents', 'config', new_column_name='configurations',
                    existing_type=sa.String(4095), existing_nullable=False)
