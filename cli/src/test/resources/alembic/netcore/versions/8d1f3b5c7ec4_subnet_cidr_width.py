"""wider cidr and gateway columns

Revision ID: 8d1f3b5c7ec4
Revises: 7c0e2a4b6db3
Create Date: 2014-03-10 09:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '8d1f3b5c7ec4'
down_revision = '7c0e2a4b6db3'

migration_for_plugins = ['*']

WIDENED = [('subnets', 'cidr', False), ('subnets', 'gateway_ip', True), ('floatingips', 'fixed_ip_address', True)]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table, column, nullable in WIDENED:
        op.alter_column(table, column, type_=sa.String(128), existing_type=sa.String(64),
                        existing_nullable=nullable)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table, column, nullable in WIDENED:
        op.alter_column(table, column, type_=sa.String(64), existing_type=sa.String(128),
                        existing_nullable=nullable)
