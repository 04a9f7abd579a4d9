"""an enum whose labels change in place, as autogenerate writes it

Revision ID: e1
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = 'e1'
down_revision = None

OLD = ('b', 'd')
NEW = ('a', 'b', 'c', 'd', 'e')


def upgrade():
    op.alter_column('jobs', 'state', type_=sa.Enum(*NEW, name='job_state'),
                    existing_type=sa.Enum(*OLD, name='job_state'), nullable=True)
    op.alter_column('jobs', 'kind', type_=sa.Enum('x', 'z', name='job_kind'),
                    existing_type=sa.Enum('x', 'y', name='job_kind'))


def downgrade():
    op.alter_column('jobs', 'state', type_=sa.Enum(*OLD, name='job_state'),
                    existing_type=sa.Enum(*NEW, name='job_state'))
    op.alter_column('jobs', 'kind', type_=sa.Enum('z', 'x', name='job_kind'),
                    existing_type=sa.Enum('x', 'z', name='job_kind'))
