"""port security switch

Revision ID: 7a0c2e4f6b5d
Revises: 6f9b1d3e5a4c
Create Date: 2014-07-15 16:16:16.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '7a0c2e4f6b5d'
down_revision = '6f9b1d3e5a4c'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'portsecuritybindings',
        sa.Column('port_id', sa.String(36), sa.ForeignKey('ports.id', ondelete='CASCADE'), primary_key=True),
        sa.Column('port_security_enabled', sa.Boolean, nullable=False, server_default=sa.sql.true()),
        mysql_engine='InnoDB',
    )
    op.add_column('networks', sa.Column('description', sa.Text, nullable=True))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_column('networks', 'description')
    op.drop_table('portsecuritybindings')
