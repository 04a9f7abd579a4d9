"""one more foreign key, then a drop by the server's name

Revision ID: u2
Revises: u1
"""
from alembic import op
import sqlalchemy as sa

revision = 'u2'
down_revision = 'u1'


def upgrade():
    op.add_column('pets', sa.Column('sitter_id', sa.Integer, sa.ForeignKey('owners.id')))
    op.drop_constraint('pets_ibfk_2', 'pets', type_='foreignkey')
    op.create_table('visits', sa.Column('id', sa.Integer, nullable=False),
                    sa.Column('mood', sa.Enum('calm', 'wild')))


def downgrade():
    op.drop_table('visits')
    op.create_foreign_key(None, 'pets', 'owners', ['vet_id'], ['id'], ondelete='CASCADE')
    op.drop_column('pets', 'sitter_id')
