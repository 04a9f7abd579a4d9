"""router ports and their types

Revision ID: 0d3f5b7c9e80
Revises: 9c2e4a6b8d7f
Create Date: 2014-09-01 14:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '0d3f5b7c9e80'
down_revision = '9c2e4a6b8d7f'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'routerports',
        sa.Column('router_id', sa.String(36), nullable=False),
        sa.Column('port_id', sa.String(36), nullable=False),
        sa.Column('port_type', sa.String(255)),
        sa.PrimaryKeyConstraint('router_id', 'port_id'),
        sa.ForeignKeyConstraint(['router_id'], ['routers.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['port_id'], ['ports.id']),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('routerports')
