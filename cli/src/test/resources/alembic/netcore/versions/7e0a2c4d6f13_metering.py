"""metering labels

Revision ID: 7e0a2c4d6f13
Revises: 6d8f0b2c4ef1
Create Date: 2013-09-16 10:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

import migration

# revision identifiers, used by Alembic.
revision = '7e0a2c4d6f13'
down_revision = '6d8f0b2c4ef1'

migration_for_plugins = [
    migration.METERING,
]


def upgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'meteringlabels',
        migration.tenant_column(),
        migration.id_column(),
        sa.Column('name', sa.String(255)),
        sa.Column('description', sa.String(1024)),
        sa.Column('created_at', sa.DATETIME()),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'meteringlabelrules',
        migration.id_column(),
        sa.Column('direction', sa.Enum('ingress', 'egress', name='meteringlabels_direction')),
        sa.Column('remote_ip_prefix', sa.String(64)),
        sa.Column('metering_label_id', sa.String(36), nullable=False),
        sa.Column('excluded', sa.Boolean(), server_default=sa.sql.false()),
        sa.ForeignKeyConstraint(['metering_label_id'], ['meteringlabels.id'], ondelete='CASCADE'),
        mysql_engine='InnoDB',
    )


def downgrade(active_plugins=None, options=None):
    if not migration.should_run(active_plugins, migration_for_plugins):
        return
    op.drop_table('meteringlabelrules')
    migration.drop_enum('meteringlabels_direction')
    op.drop_table('meteringlabels')
