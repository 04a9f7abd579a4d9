"""Helpers shared by the netcore revisions (OpenStack style): plugin conditions and common columns."""
from alembic import op
import sqlalchemy as sa

OVS = 'netcore.plugins.ovs.OVSPlugin'
LINUXBRIDGE = 'netcore.plugins.linuxbridge.LinuxBridgePlugin'
LBAAS = 'netcore.services.lbaas.LoadBalancerPlugin'
METERING = 'netcore.services.metering.MeteringPlugin'

UUID_LEN = 36
NAME_LEN = 255


def should_run(active_plugins, migrate_plugins):
    """True when the revision applies to one of the deployment's plugins ('*': to every deployment)."""
    if '*' in migrate_plugins:
        return True
    return bool(set(active_plugins or ()) & set(migrate_plugins))


def id_column():
    return sa.Column('id', sa.String(UUID_LEN), primary_key=True)


def tenant_column():
    return sa.Column('tenant_id', sa.String(NAME_LEN), nullable=True, index=True)


def create_name_index(table):
    op.create_index('ix_%s_name' % table, table, ['name'])


def drop_name_index(table):
    op.drop_index('ix_%s_name' % table, table_name=table)


def drop_enum(name):
    """Alembic's drop_table leaves a PostgreSQL enum type behind; drop it too (nothing to do on MySQL)."""
    sa.Enum(name=name).drop(op.get_bind(), checkfirst=False)


def server_fk_name(table, column, n):
    """The name the server gave the n-th unnamed foreign key of table (on column)."""
    if op.get_context().dialect.name == 'postgresql':
        return '%s_%s_fkey' % (table, column)
    return '%s_ibfk_%d' % (table, n)


def server_unique_name(table, column):
    """The name the server gave an unnamed single-column unique constraint."""
    if op.get_context().dialect.name == 'postgresql':
        return '%s_%s_key' % (table, column)
    return column
