"""load balancer service tables

Revision ID: 5e7a9c1d3f45
Revises: 4d6f8b0c2e34
Create Date: 2013-03-08 11:42:07.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '5e7a9c1d3f45'
down_revision = '4d6f8b0c2e34'

migration_for_plugins = [
    migration.LBAAS,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'pools',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('name', sa.String(255)),
        sa.Column('subnet_id', sa.String(36), nullable=False),
        sa.Column('protocol', sa.String(16), nullable=False),
        sa.Column('lb_method', sa.String(32), nullable=False),
        sa.Column('admin_state_up', sa.Boolean(), nullable=False),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'vips',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('name', sa.String(255)),
        sa.Column('port_id', sa.String(36)),
        sa.Column('protocol_port', sa.Integer(), nullable=False),
        sa.Column('protocol', sa.Enum('HTTP', 'HTTPS', 'TCP', name='lb_protocols'), nullable=False),
        sa.Column('pool_id', sa.String(36), nullable=False),
        sa.Column('connection_limit', sa.Integer()),
        sa.ForeignKeyConstraint(['port_id'], ['ports.id']),
        sa.UniqueConstraint('pool_id'),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'members',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('pool_id', sa.String(36), nullable=False),
        sa.Column('address', sa.String(64), nullable=False),
        sa.Column('protocol_port', sa.Integer(), nullable=False),
        sa.Column('weight', sa.Integer(), nullable=False),
        sa.Column('admin_state_up', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['pool_id'], ['pools.id']),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('members')
    op.drop_table('vips')
    migration.drop_enum('lb_protocols')
    op.drop_table('pools')
