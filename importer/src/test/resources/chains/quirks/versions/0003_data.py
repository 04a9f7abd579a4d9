"""seed data

Revision ID: 0003
Revises: 0002
"""
revision = '0003'
down_revision = '0002'

from alembic import op
import sqlalchemy as sa

colors = sa.table('colors', sa.column('id', sa.Integer), sa.column('label', sa.String))


def upgrade():
    op.bulk_insert(colors, [{'id': 1, 'label': 'red'}, {'id': 2, 'label': u'gr\u00fcn'}])
    op.execute("UPDATE items SET color_id = 1 WHERE color_id IS NULL")


def downgrade():
    op.execute("UPDATE items SET color_id = NULL WHERE color_id = 1")
    op.execute(colors.delete().where(colors.c.id.in_([1, 2])))
