"""agents reporting to the server

Revision ID: 6d8f0b2c4ef1
Revises: 5c7e9a1b3def
Create Date: 2013-09-02 14:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '6d8f0b2c4ef1'
down_revision = '5c7e9a1b3def'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'agents',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('agent_type', sa.Enum('dhcp', 'l3', 'metadata', native_enum=False), nullable=False),
        sa.Column('binary', sa.String(255), nullable=False),
        sa.Column('topic', sa.String(255), nullable=False),
        sa.Column('host', sa.String(255), nullable=False),
        sa.Column('admin_state_up', sa.Boolean, nullable=False, server_default=sa.sql.true()),
        sa.Column('heartbeat_timestamp', sa.DateTime, nullable=False),
        sa.Column('configurations', sa.String(4095), nullable=False),
        sa.PrimaryKeyConstraint('agent_type', 'host'),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('agents')
