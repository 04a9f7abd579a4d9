"""The helper plugin-aware chains import: run a revision only for the configured plugins."""


def should_run(active_plugins, migration_for_plugins):
    if '*' in migration_for_plugins:
        return True
    return bool(set(active_plugins or []) & set(migration_for_plugins))
