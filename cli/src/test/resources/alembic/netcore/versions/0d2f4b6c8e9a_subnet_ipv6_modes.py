"""ipv6 address modes on subnets

Revision ID: 0d2f4b6c8e9a
Revises: 9c1e3a5b7d89
Create Date: 2013-06-03 15:45:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '0d2f4b6c8e9a'
down_revision = '9c1e3a5b7d89'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    with op.batch_alter_table('subnets') as batch_op:
        batch_op.add_column(sa.Column('ipv6_ra_mode', sa.String(16), nullable=True))
        batch_op.add_column(sa.Column('ipv6_address_mode', sa.String(16), nullable=True))
        batch_op.create_index('ix_subnets_ipv6_ra_mode', ['ipv6_ra_mode'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    with op.batch_alter_table('subnets') as batch_op:
        batch_op.drop_index('ix_subnets_ipv6_ra_mode')
        batch_op.drop_column('ipv6_address_mode')
        batch_op.drop_column('ipv6_ra_mode')
