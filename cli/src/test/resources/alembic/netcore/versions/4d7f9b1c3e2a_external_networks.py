"""external networks

Revision ID: 4d7f9b1c3e2a
Revises: 3c6e8a0b2d19
Create Date: 2014-06-02 09:45:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '4d7f9b1c3e2a'
down_revision = '3c6e8a0b2d19'

migration_for_plugins = ['*']


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'externalnetworks',
        sa.Column('network_id', sa.String(36), nullable=False),
        sa.Column('is_default', sa.Boolean(), nullable=False, server_default=sa.sql.false()),
        sa.ForeignKeyConstraint(['network_id'], ['networks.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('network_id'),
        mysql_engine='InnoDB',
    )
    # written for Alembic 0.6
    op.create_foreign_key(name='fk_floatingips_floating_network_id', source='floatingips',
                          referent='externalnetworks', local_cols=['floating_network_id'],
                          remote_cols=['network_id'])


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_constraint(name='fk_floatingips_floating_network_id', table_name='floatingips', type_='foreignkey')
    op.drop_table('externalnetworks')
