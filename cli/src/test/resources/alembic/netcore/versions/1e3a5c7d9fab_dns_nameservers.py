"""dns nameservers and host routes of subnets

Revision ID: 1e3a5c7d9fab
Revises: 0d2f4b6c8e9a
Create Date: 2013-06-17 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '1e3a5c7d9fab'
down_revision = '0d2f4b6c8e9a'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'dnsnameservers',
        sa.Column('address', sa.String(128), nullable=False),
        sa.Column('subnet_id', sa.String(36), nullable=False),
        sa.Column('order', sa.Integer(255), nullable=False, server_default='0'),
        sa.ForeignKeyConstraint(['subnet_id'], ['subnets.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('address', 'subnet_id'),
    )
    op.create_table(
        'subnetroutes',
        sa.Column('destination', sa.String(64), nullable=False),
        sa.Column('nexthop', sa.String(64), nullable=False),
        sa.Column('subnet_id', sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(['subnet_id'], ['subnets.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('destination', 'nexthop', 'subnet_id'),
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('subnetroutes')
    op.drop_table('dnsnameservers')
