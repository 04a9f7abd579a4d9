"""health monitors of load balancer pools

Revision ID: 5e8a0c2d4f3b
Revises: 4d7f9b1c3e2a
Create Date: 2014-06-16 13:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '5e8a0c2d4f3b'
down_revision = '4d7f9b1c3e2a'

migration_for_plugins = [
    migration.LBAAS,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'healthmonitors',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('type', sa.Enum('PING', 'TCP', 'HTTP', 'HTTPS', name='healthmonitors_type'), nullable=False),
        sa.Column('delay', sa.Integer(), nullable=False),
        sa.Column('timeout', sa.Integer(), nullable=False),
        sa.Column('max_retries', sa.Integer(), nullable=False),
        sa.Column('http_method', sa.String(16)),
        sa.Column('url_path', sa.String(255)),
        sa.Column('expected_codes', sa.String(64)),
        sa.Column('admin_state_up', sa.Boolean(), nullable=False),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'poolmonitorassociations',
        sa.Column('pool_id', sa.String(36), nullable=False),
        sa.Column('monitor_id', sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(['pool_id'], ['pools.id']),
        sa.ForeignKeyConstraint(['monitor_id'], ['healthmonitors.id']),
        sa.PrimaryKeyConstraint('pool_id', 'monitor_id'),
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('poolmonitorassociations')
    op.drop_table('healthmonitors')
    migration.drop_enum('healthmonitors_type')
