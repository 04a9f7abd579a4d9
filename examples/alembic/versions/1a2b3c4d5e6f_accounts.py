"""accounts and invoices

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2024-01-10 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '1a2b3c4d5e6f'
down_revision = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(80), nullable=False),
        sa.Column('status', sa.Enum('active', 'closed', name='account_status'), nullable=False,
                  server_default='active'),
        sa.UniqueConstraint('name', name='uq_accounts_name'),
    )
    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), sa.ForeignKey('accounts.id', ondelete='CASCADE', name='fk_invoices_accounts'), nullable=False),
        sa.Column('total', sa.Numeric(10, 2), server_default=sa.text('0')),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_invoices_account_id', 'invoices', ['account_id'])


def downgrade():
    op.drop_index('ix_invoices_account_id', table_name='invoices')
    op.drop_table('invoices')
    op.drop_table('accounts')
