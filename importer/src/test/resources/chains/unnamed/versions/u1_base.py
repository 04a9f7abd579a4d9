"""constraints the servers name

Revision ID: u1
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = 'u1'
down_revision = None


def upgrade():
    op.create_table('owners', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('email', sa.String(100), unique=True))
    op.create_table('pets', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('owner_id', sa.Integer, sa.ForeignKey('owners.id')),
                    sa.Column('vet_id', sa.Integer, sa.ForeignKey('owners.id', ondelete='CASCADE')),
                    sa.Column('kind', sa.Enum('cat', 'dog', name='pet_kind')),
                    mysql_engine='InnoDB', mysql_charset='utf8mb4')


def downgrade():
    op.drop_table('pets')
    op.drop_table('owners')
