"""Ops shared by several revisions, imported as a module next to versions/ (as many chains do)."""
from alembic import op
import sqlalchemy as sa

AUDITED_TABLES = ['accounts', 'invoices']


def add_audit_columns(table):
    op.add_column(table, sa.Column('created_at', sa.DateTime(), nullable=True))
    op.add_column(table, sa.Column('updated_at', sa.DateTime(), nullable=True))


def drop_audit_columns(table):
    op.drop_column(table, 'updated_at')
    op.drop_column(table, 'created_at')
