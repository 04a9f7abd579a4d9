"""resources are up unless told otherwise

Revision ID: 0f3b5d7e9ae6
Revises: 9e2a4c6d8fd5
Create Date: 2014-04-07 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '0f3b5d7e9ae6'
down_revision = '9e2a4c6d8fd5'

migration_for_plugins = ['*']

UP_BY_DEFAULT = ['networks', 'routers']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in UP_BY_DEFAULT:
        op.alter_column(table, 'admin_state_up', server_default=sa.sql.true(), existing_type=sa.Boolean(),
                        existing_nullable=True)


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    for table in UP_BY_DEFAULT:
        op.alter_column(table, 'admin_state_up', server_default=None, existing_type=sa.Boolean(),
                        existing_nullable=True)
