"""session persistence of load balancer vips

Revision ID: 3a6c8e0f2b13
Revises: 2f5b7d9e1a02
Create Date: 2014-10-20 15:45:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '3a6c8e0f2b13'
down_revision = '2f5b7d9e1a02'

migration_for_plugins = [
    migration.LBAAS,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'sessionpersistences',
        sa.Column('vip_id', sa.String(36), nullable=False),
        sa.Column('type', sa.Enum('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE', name='sesssionpersistences_type'),
                  nullable=False),
        sa.Column('cookie_name', sa.String(1024)),
        sa.ForeignKeyConstraint(['vip_id'], ['vips.id']),
        sa.PrimaryKeyConstraint('vip_id'),
    )
    op.add_column('vips', sa.Column('status_description', sa.String(255), nullable=True))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_column('vips', 'status_description')
    op.drop_table('sessionpersistences')
    migration.drop_enum('sesssionpersistences_type')
