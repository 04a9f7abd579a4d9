"""change a primary key

Revision ID: u3
Revises: u2
"""
from alembic import op

revision = 'u3'
down_revision = 'u2'


def upgrade():
    op.create_primary_key(None, 'visits', ['id'])


def downgrade():
    op.drop_constraint('visits_pkey', 'visits', type_='primary')
