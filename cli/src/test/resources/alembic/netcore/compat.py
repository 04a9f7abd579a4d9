"""Keeps the chain's oldest revisions running on today's Alembic and SQLAlchemy.

They were written for Alembic 0.6 and SQLAlchemy 0.7: keyword names Alembic 0.7 renamed (name=, source=,
referent=, tablename=, local_cols=, cols=) and Integer(display_width). Rewriting applied revisions would change
files deployments already ran, so env.py imports this module instead.
"""
import functools

import sqlalchemy as sa
from alembic import op

_RENAMED = {
    'create_foreign_key': {'name': 'constraint_name', 'source': 'source_table', 'referent': 'referent_table'},
    'create_unique_constraint': {'name': 'constraint_name', 'source': 'table_name', 'local_cols': 'columns'},
    'create_check_constraint': {'name': 'constraint_name', 'source': 'table_name'},
    'create_primary_key': {'name': 'constraint_name', 'cols': 'columns'},
    'create_index': {'name': 'index_name', 'tablename': 'table_name'},
    'drop_index': {'name': 'index_name', 'tablename': 'table_name'},
    'drop_constraint': {'name': 'constraint_name', 'tablename': 'table_name'},
}


def _legacy_keywords(fn, renamed):
    @functools.wraps(fn)
    def call(*args, **kw):
        return fn(*args, **{renamed.get(k, k): v for k, v in kw.items()})
    return call


for _name, _renamed in _RENAMED.items():
    setattr(op, _name, _legacy_keywords(getattr(op, _name), _renamed))


class _Integer(sa.Integer):
    """SQLAlchemy 0.7 took a display width (Integer(11)); it never reached the DDL."""

    def __init__(self, *display_width):
        super().__init__()


sa.Integer = _Integer
