"""network mtu and availability zone hints

Revision ID: 8f1b3d5e7a24
Revises: 7e0a2c4d6f13
Create Date: 2013-10-01 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '8f1b3d5e7a24'
down_revision = '7e0a2c4d6f13'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.add_column('networks', sa.Column('mtu', sa.Integer(), nullable=True))
    op.add_column('networks', sa.Column('availability_zone_hints', sa.String(255), server_default=u''))


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_column('networks', 'availability_zone_hints')
    op.drop_column('networks', 'mtu')
