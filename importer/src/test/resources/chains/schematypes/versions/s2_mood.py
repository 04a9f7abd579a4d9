"""a PostgreSQL enum created before its column

Revision ID: s2
Revises: s1
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = 's2'
down_revision = 's1'


def upgrade():
    postgresql.ENUM('calm', 'angry', name='mood').create(op.get_bind())
    op.add_column('kinds', sa.Column('mood', postgresql.ENUM(name='mood', create_type=False), nullable=True))


def downgrade():
    op.drop_column('kinds', 'mood')
    postgresql.ENUM(name='mood').drop(op.get_bind(), checkfirst=False)
