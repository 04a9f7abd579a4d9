"""a revision that reads the database

Revision ID: s3
Revises: s2
"""
from alembic import op
import sqlalchemy as sa

revision = 's3'
down_revision = 's2'


def upgrade():
    op.create_index('ix_kinds_state', 'kinds', ['state'])
    rows = op.get_bind().execute(sa.text("SELECT id FROM kinds"))
    op.create_index('ix_kinds_size', 'kinds', ['size'])


def downgrade():
    op.drop_index('ix_kinds_state', table_name='kinds')
