"""ports can be in BUILD status

Revision ID: 4b6d8f0a2cde
Revises: 3a5c7e9f1bcd
Create Date: 2013-08-05 17:20:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '4b6d8f0a2cde'
down_revision = '3a5c7e9f1bcd'

migration_for_plugins = ['*']

OLD_STATUSES = ('ACTIVE', 'DOWN')
NEW_STATUSES = OLD_STATUSES + ('BUILD',)


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.alter_column('ports', 'status', type_=sa.Enum(*NEW_STATUSES, name='port_status'),
                    existing_type=sa.Enum(*OLD_STATUSES, name='port_status'), existing_nullable=False)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.alter_column('ports', 'status', type_=sa.Enum(*OLD_STATUSES, name='port_status'),
                    existing_type=sa.Enum(*NEW_STATUSES, name='port_status'), existing_nullable=False)
