"""security groups and their rules

Revision ID: 5c7e9a1b3def
Revises: 4b6d8f0a2cde
Create Date: 2013-08-19 08:45:00.000000

"""
from alembic import op
import sqlalchemy as sa
import enum

import migration

# revision identifiers, used by Alembic.
revision = '5c7e9a1b3def'
down_revision = '4b6d8f0a2cde'

migration_for_plugins = ['*']


class EtherType(enum.Enum):
    IPv4 = 'IPv4'
    IPv6 = 'IPv6'


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'securitygroups',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('name', sa.String(255)),
        sa.Column('description', sa.String(255)),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'securitygrouprules',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('security_group_id', sa.String(36), nullable=False),
        sa.Column('remote_group_id', sa.String(36)),
        sa.Column('direction', sa.Enum('ingress', 'egress', name='securitygrouprules_direction')),
        sa.Column('ethertype', sa.Enum(EtherType)),
        sa.Column('protocol', sa.String(40)),
        sa.Column('port_range_min', sa.Integer),
        sa.Column('port_range_max', sa.Integer),
        sa.Column('remote_ip_prefix', sa.String(255)),
        sa.ForeignKeyConstraint(['security_group_id'], ['securitygroups.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['remote_group_id'], ['securitygroups.id'], ondelete='CASCADE'),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('securitygrouprules')
    migration.drop_enum('ethertype')
    migration.drop_enum('securitygrouprules_direction')
    op.drop_table('securitygroups')
