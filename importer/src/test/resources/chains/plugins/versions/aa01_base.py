"""plugin tables

Revision ID: aa01
Revises:
"""
from alembic import op, context
import sqlalchemy as sa

revision = 'aa01'
down_revision = None

PLUGIN_A = 'acme.plugins.alpha.AlphaPlugin'
PLUGIN_B = 'acme.plugins.beta.BetaPlugin'


def upgrade(active_plugins=None, options=None):
    op.create_table('core', sa.Column('id', sa.Integer, primary_key=True))
    if PLUGIN_A in (active_plugins or []):
        op.create_table('alpha', sa.Column('id', sa.Integer, primary_key=True))
    elif PLUGIN_B in (active_plugins or []):
        op.create_table('beta', sa.Column('id', sa.Integer, primary_key=True))
    if context.get_x_argument(as_dictionary=True).get('big'):
        op.create_index('ix_core_id', 'core', ['id'])


def downgrade(active_plugins=None, options=None):
    if PLUGIN_A in (active_plugins or []):
        op.drop_table('alpha')
    elif PLUGIN_B in (active_plugins or []):
        op.drop_table('beta')
    op.drop_table('core')
