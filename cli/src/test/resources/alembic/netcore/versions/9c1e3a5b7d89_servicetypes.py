"""service types with their default providers

Revision ID: 9c1e3a5b7d89
Revises: 8b0d2f4a6c78
Create Date: 2013-05-20 13:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '9c1e3a5b7d89'
down_revision = '8b0d2f4a6c78'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    servicetypes = op.create_table(
        'servicetypes',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('name', sa.String(255), nullable=False),
        sa.Column('provider', sa.String(255), nullable=False),
        sa.Column('is_default', sa.Boolean, nullable=False, server_default=sa.sql.false()),
        sa.PrimaryKeyConstraint('id'),
        mysql_engine='InnoDB',
    )
    op.bulk_insert(servicetypes, [
        {'id': u'5f1d8a3c-0001', 'name': u'LOADBALANCER', 'provider': u'haproxy', 'is_default': True},
        {'id': u'5f1d8a3c-0002', 'name': u'VPN', 'provider': u'openswan', 'is_default': False},
    ])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('servicetypes')
