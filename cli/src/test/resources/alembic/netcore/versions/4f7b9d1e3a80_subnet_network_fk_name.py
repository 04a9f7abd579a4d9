"""name the subnets' network foreign key

Revision ID: 4f7b9d1e3a80
Revises: 3e6a8c0d2f79
Create Date: 2014-01-13 10:20:30.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '4f7b9d1e3a80'
down_revision = '3e6a8c0d2f79'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    # created unnamed by the inline ForeignKey of 1f2c9a7b3d10: the server named it
    op.drop_constraint(migration.server_fk_name('subnets', 'network_id', 1), 'subnets', type_='foreignkey')
    op.create_foreign_key('fk_subnets_network_id', 'subnets', 'networks', ['network_id'], ['id'],
                          ondelete='CASCADE')


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint('fk_subnets_network_id', 'subnets', type_='foreignkey')
    op.create_foreign_key(None, 'subnets', 'networks', ['network_id'], ['id'], ondelete='CASCADE')
