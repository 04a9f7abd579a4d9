"""audit columns on every audited table

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
"""
from alembic import op
import sqlalchemy as sa

import shared_ops

revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'


def upgrade():
    for table in shared_ops.AUDITED_TABLES:
        shared_ops.add_audit_columns(table)
    op.add_column('invoices', sa.Column('payer_id', sa.Integer))
    op.create_foreign_key(name='fk_invoices_payer', source='invoices', referent='accounts',
                          local_cols=['payer_id'], remote_cols=['id'])


def downgrade():
    op.drop_constraint('fk_invoices_payer', 'invoices', type_='foreignkey')
    op.drop_column('invoices', 'payer_id')
    for table in reversed(shared_ops.AUDITED_TABLES):
        shared_ops.drop_audit_columns(table)
