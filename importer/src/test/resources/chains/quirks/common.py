"""Shared by several revisions: constants and ops, imported as a module next to versions/."""
from alembic import op
import sqlalchemy as sa

LOOKUP_TABLES = ['colors', 'sizes']
ID_COLUMN = sa.Column('id', sa.Integer, primary_key=True)


def create_lookup(name):
    op.create_table(name, sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('label', sa.String(length=40), nullable=False))
