"""base tables, written the way Alembic 0.6 chains were

Revision ID: 0001
Revises: None
"""
revision = '0001'
down_revision = None

from alembic import op
import sqlalchemy as sa

import common


def upgrade():
    op.create_table(
        'items',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('code', sa.Integer(255), nullable=False),
        sa.Column('name', sa.Unicode(64), server_default=u'unnamed'),
        sa.Column('made', sa.DATETIME()),
        sa.Column('price', sa.Numeric(8, 2), server_default='0'),
    )
    for name in common.LOOKUP_TABLES:
        common.create_lookup(name)
    op.create_index(name='ix_items_code', tablename='items', columns=['code'])


def downgrade():
    op.drop_index(name='ix_items_code', tablename='items')
    for name in reversed(common.LOOKUP_TABLES):
        op.drop_table(name)
    op.drop_table('items')
