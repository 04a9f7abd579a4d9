"""port bindings

Revision ID: 2f4b6d8e0abc
Revises: 1e3a5c7d9fab
Create Date: 2013-07-01 12:12:12.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '2f4b6d8e0abc'
down_revision = '1e3a5c7d9fab'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'port_bindings',
        sa.Column('port_id', sa.String(36), sa.ForeignKey('ports.id', ondelete='CASCADE'), nullable=False),
        sa.Column('vif_type', sa.String(64), nullable=False),
        sa.Column('vnic_type', sa.String(64), nullable=False, server_default=u'normal'),
        sa.Column('profile', sa.Text, nullable=True),
        sa.PrimaryKeyConstraint('port_id', name='pk_port_bindings'),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('port_bindings')
