"""kinds with seed rows and enums of every flavour

Revision ID: s1
Revises:
"""
from alembic import op
import sqlalchemy as sa

import types_helpers

revision = 's1'
down_revision = None


def upgrade():
    kinds = op.create_table(
        'kinds',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('state', sa.Enum('new', 'done', name='kind_state'), nullable=False),
        sa.Column('flavour', sa.Enum('sweet', 'sour', native_enum=False), nullable=True),
        sa.Column('size', sa.Enum('s', 'xl', native_enum=False, create_constraint=True), nullable=True),
    )
    op.bulk_insert(kinds, [{'id': 1, 'state': 'new', 'flavour': 'sour', 'size': 'xl'}])


def downgrade():
    op.drop_table('kinds')
    types_helpers.drop_enum('kind_state')
