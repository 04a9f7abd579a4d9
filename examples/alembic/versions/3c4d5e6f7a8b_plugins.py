"""tables of the billing plugin

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
"""
from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7a8b'
down_revision = '2b3c4d5e6f7a'

migration_for_plugins = ['billing']


def should_run(active_plugins, plugins):
    return '*' in plugins or bool(set(active_plugins or []) & set(plugins))


def upgrade(active_plugins=None, options=None):
    if not should_run(active_plugins, migration_for_plugins):
        return
    op.create_table(
        'payments',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('invoice_id', sa.Integer, sa.ForeignKey('invoices.id', name='fk_payments_invoices')),
        sa.Column('paid', sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute("INSERT INTO accounts (id, name, status) VALUES (1, 'house', 'active')")


def downgrade(active_plugins=None, options=None):
    if not should_run(active_plugins, migration_for_plugins):
        return
    op.execute("DELETE FROM accounts WHERE id = 1")
    op.drop_table('payments')
