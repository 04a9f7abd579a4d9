"""Shared by the revisions, as a chain's own helpers module would be."""
from alembic import op
import sqlalchemy as sa


def drop_enum(name):
    sa.Enum(name=name).drop(op.get_bind(), checkfirst=False)
