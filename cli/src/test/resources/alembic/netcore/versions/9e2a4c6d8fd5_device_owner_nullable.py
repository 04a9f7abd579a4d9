"""ports without a device owner

Revision ID: 9e2a4c6d8fd5
Revises: 8d1f3b5c7ec4
Create Date: 2014-03-24 14:14:14.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '9e2a4c6d8fd5'
down_revision = '8d1f3b5c7ec4'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.alter_column('ports', 'device_owner', nullable=True, existing_type=sa.String(255))
    op.alter_column('ports', 'device_id', nullable=True, existing_type=sa.String(255))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.execute("UPDATE ports SET device_id = '' WHERE device_id IS NULL")
    op.execute("UPDATE ports SET device_owner = '' WHERE device_owner IS NULL")
    op.alter_column('ports', 'device_id', nullable=False, existing_type=sa.String(255))
    op.alter_column('ports', 'device_owner', nullable=False, existing_type=sa.String(255))
