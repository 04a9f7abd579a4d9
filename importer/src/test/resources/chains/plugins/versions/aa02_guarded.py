"""alpha only

Revision ID: aa02
Revises: aa01
"""
from alembic import op
import sqlalchemy as sa

from acme_migration import should_run

revision = 'aa02'
down_revision = 'aa01'

migration_for_plugins = ['acme.plugins.alpha.AlphaPlugin']


def upgrade(active_plugins=None, options=None):
    if not should_run(active_plugins, migration_for_plugins):
        return
    op.add_column('alpha', sa.Column('size', sa.Integer))


def downgrade(active_plugins=None, options=None):
    if not should_run(active_plugins, migration_for_plugins):
        return
    op.drop_column('alpha', 'size')
