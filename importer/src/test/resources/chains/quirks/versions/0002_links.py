"""links with old keyword names

Revision ID: 0002
Revises: 0001
"""
revision = '0002'
down_revision = '0001'

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column('items', sa.Column('color_id', sa.Integer, nullable=True))
    op.create_foreign_key(name='fk_items_colors', source='items', referent='colors',
                          local_cols=['color_id'], remote_cols=['id'], ondelete='SET NULL')
    op.create_unique_constraint(name='uq_items_name', source='items', local_cols=['name'])
    with op.batch_alter_table('items') as batch_op:
        batch_op.alter_column('name', existing_type=sa.Unicode(64), nullable=False)
        batch_op.add_column(sa.Column('note', sa.Text))


def downgrade():
    with op.batch_alter_table('items') as batch_op:
        batch_op.drop_column('note')
        batch_op.alter_column('name', existing_type=sa.Unicode(64), nullable=True)
    op.drop_constraint(name='uq_items_name', tablename='items', type='unique')
    op.drop_constraint('fk_items_colors', 'items', type_='foreignkey')
    op.drop_column('items', 'color_id')
