"""tables with MySQL and MariaDB options

Revision ID: t1
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = 't1'
down_revision = None


def upgrade():
    op.create_table('accounts', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('name', sa.String(80)),
                    mysql_engine='InnoDB', mysql_charset='utf8mb4', mysql_collate='utf8mb4_unicode_ci')
    op.create_table('audit', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('line', sa.Text),
                    mysql_engine='MyISAM', mariadb_engine='Aria', mysql_default_charset='latin1',
                    mysql_row_format='DYNAMIC')
    op.create_table('sessions', sa.Column('id', sa.Integer, primary_key=True),
                    mariadb_engine='InnoDB', mariadb_collate='utf8mb4_bin')


def downgrade():
    op.drop_table('sessions')
    op.drop_table('audit')
    op.drop_table('accounts')
