"""routers and their gateway port

Revision ID: 2a4d6f8b0c12
Revises: 1f2c9a7b3d10
Create Date: 2013-02-11 09:01:13.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '2a4d6f8b0c12'
down_revision = '1f2c9a7b3d10'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'routers',
        migration.id_column(),
        migration.tenant_column(),
        sa.Column('name', sa.String(255)),
        sa.Column('status', sa.String(16)),
        sa.Column('admin_state_up', sa.Boolean),
        sa.Column('gw_port_id', sa.String(36)),
        mysql_engine='InnoDB',
    )
    # written for Alembic 0.6: pre-0.7 keyword names
    op.create_foreign_key(name='fk_routers_gw_port_id', source='routers', referent='ports',
                          local_cols=['gw_port_id'], remote_cols=['id'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint(name='fk_routers_gw_port_id', table_name='routers', type_='foreignkey')
    op.drop_table('routers')
