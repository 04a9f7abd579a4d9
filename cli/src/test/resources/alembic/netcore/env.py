"""Runs the netcore migrations online (-x url=...) or offline (--sql, -x dialect=postgresql|mysql)."""
import os
import sys
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

# the shared helpers module lives next to versions/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import compat  # noqa: F401  (keeps the pre-0.7 revisions running on Alembic 1.x)

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

x_args = context.get_x_argument(as_dictionary=True)


def active_plugins():
    names = x_args.get('plugins', config.get_main_option('active_plugins', ''))
    return [p.strip() for p in names.split(',') if p.strip()]


def run_migrations_offline():
    dialect = x_args.get('dialect')
    if dialect:
        context.configure(dialect_name=dialect, literal_binds=True, transaction_per_migration=True)
    else:
        context.configure(url=config.get_main_option('sqlalchemy.url'), literal_binds=True,
                          transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations(active_plugins=active_plugins(), options={})


def run_migrations_online():
    url = x_args.get('url', config.get_main_option('sqlalchemy.url'))
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations(active_plugins=active_plugins(), options={})


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
