"""metering labels can be shared; tags for every deployment

Revision ID: 2f5b7d9e1a02
Revises: 1e4a6c8d0f91
Create Date: 2014-10-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '2f5b7d9e1a02'
down_revision = '1e4a6c8d0f91'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'tags',
        sa.Column('resource_id', sa.String(36), nullable=False),
        sa.Column('tag', sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint('resource_id', 'tag'),
        mysql_engine='InnoDB',
        mysql_charset='utf8mb4',
        mysql_collate='utf8mb4_bin',
    )
    if migration.METERING in active_plugins:
        op.add_column('meteringlabels', sa.Column('shared', sa.Boolean(), server_default=sa.sql.false()))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    if migration.METERING in active_plugins:
        op.drop_column('meteringlabels', 'shared')
    op.drop_table('tags')
