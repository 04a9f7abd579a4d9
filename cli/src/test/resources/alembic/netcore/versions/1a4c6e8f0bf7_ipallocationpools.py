"""allocation pools of subnets

Revision ID: 1a4c6e8f0bf7
Revises: 0f3b5d7e9ae6
Create Date: 2014-04-21 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '1a4c6e8f0bf7'
down_revision = '0f3b5d7e9ae6'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'ipallocationpools',
        sa.Column('id', sa.Integer, primary_key=True, autoincrement=True),
        sa.Column('subnet_id', sa.String(36), sa.ForeignKey('subnets.id', ondelete='CASCADE'), nullable=True),
        sa.Column('first_ip', sa.String(64), nullable=False),
        sa.Column('last_ip', sa.String(64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=True),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('ipallocationpools')
