"""floating ips

Revision ID: 3c5e7a9b1d23
Revises: 2a4d6f8b0c12
Create Date: 2013-02-20 14:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '3c5e7a9b1d23'
down_revision = '2a4d6f8b0c12'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'floatingips',
        sa.Column('tenant_id', sa.String(255), nullable=True),
        sa.Column('id', sa.String(36), primary_key=True),
        sa.Column('floating_ip_address', sa.String(64), nullable=False, unique=True),
        sa.Column('floating_network_id', sa.String(36), nullable=False),
        sa.Column('floating_port_id', sa.String(36), sa.ForeignKey('ports.id', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('fixed_port_id', sa.String(36), sa.ForeignKey('ports.id')),
        sa.Column('fixed_ip_address', sa.String(64)),
        sa.Column('router_id', sa.String(36), sa.ForeignKey('routers.id')),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('floatingips')
