"""tables of the configured core plugin

Revision ID: 4d6f8b0c2e34
Revises: 3c5e7a9b1d23
Create Date: 2013-03-01 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '4d6f8b0c2e34'
down_revision = '3c5e7a9b1d23'

migration_for_plugins = [
    migration.OVS,
    migration.LINUXBRIDGE,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    if migration.OVS in active_plugins:
        op.create_table(
            'ovs_tunnel_endpoints',
            sa.Column('ip_address', sa.String(64), nullable=False),
            sa.Column('id', sa.Integer(11), nullable=False),
            sa.PrimaryKeyConstraint('ip_address'),
        )
        op.create_table(
            'ovs_network_bindings',
            sa.Column('network_id', sa.String(36), nullable=False),
            sa.Column('network_type', sa.String(32), nullable=False),
            sa.Column('physical_network', sa.String(64)),
            sa.Column('segmentation_id', sa.Integer),
            sa.ForeignKeyConstraint(['network_id'], ['networks.id'], ondelete='CASCADE'),
            sa.PrimaryKeyConstraint('network_id'),
        )
    elif migration.LINUXBRIDGE in active_plugins:
        op.create_table(
            'network_states',
            sa.Column('physical_network', sa.String(64), nullable=False),
            sa.Column('vlan_id', sa.Integer(), autoincrement=False, nullable=False),
            sa.Column('allocated', sa.Boolean(), nullable=False),
            sa.PrimaryKeyConstraint('physical_network', 'vlan_id'),
        )
        op.create_table(
            'network_bindings',
            sa.Column('network_id', sa.String(36), nullable=False),
            sa.Column('physical_network', sa.String(64)),
            sa.Column('vlan_id', sa.Integer(), autoincrement=False, nullable=False),
            sa.ForeignKeyConstraint(['network_id'], ['networks.id'], ondelete='CASCADE'),
            sa.PrimaryKeyConstraint('network_id'),
        )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    if migration.OVS in active_plugins:
        op.drop_table('ovs_network_bindings')
        op.drop_table('ovs_tunnel_endpoints')
    elif migration.LINUXBRIDGE in active_plugins:
        op.drop_table('network_bindings')
        op.drop_table('network_states')
