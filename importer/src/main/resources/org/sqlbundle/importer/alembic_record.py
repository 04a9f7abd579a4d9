"""The stand-in for alembic.op: records each call with its arguments bound to Alembic 1.x's own signatures (older
keyword names renamed first) and SQLAlchemy's objects described as plain JSON values."""
import contextlib
import datetime
import decimal
import inspect
import os

import alembic.operations
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite

import alembic_explore as ex

# Alembic before 0.7 named these arguments differently; Alembic 1.x refuses them, so they are renamed first
LEGACY = {
    "create_foreign_key": {"name": "constraint_name", "source": "source_table", "referent": "referent_table"},
    "create_unique_constraint": {"name": "constraint_name", "source": "table_name", "local_cols": "columns"},
    "create_check_constraint": {"name": "constraint_name", "source": "table_name"},
    "create_primary_key": {"name": "constraint_name", "cols": "columns"},
    "create_index": {"name": "index_name", "tablename": "table_name"},
    "drop_index": {"name": "index_name", "tablename": "table_name"},
    "drop_constraint": {"name": "constraint_name", "tablename": "table_name", "type": "type_"},
    "create_table": {"name": "table_name"},
    "drop_table": {"name": "table_name"},
    "alter_column": {"name": "new_column_name"},
    "drop_column": {"tablename": "table_name"},
    "add_column": {"tablename": "table_name"},
}
DIALECTS = {"postgresql": postgresql.dialect(), "mysql": mysql.dialect(), "sqlite": sqlite.dialect()}
NEEDS_DATABASE = ("get_context", "run_async", "invoke", "implementation_for", "register_operation")


class Unsupported(Exception):
    """An alembic call the import cannot turn into ops (it needs a live database); reported at file:line."""

    def __init__(self, message, where):
        super().__init__(message)
        self.where = where


class Recorder:
    """alembic.op during the import: every call becomes one recorded entry."""

    def __init__(self, batch_table=None):
        self.batch_table = batch_table
        self.ops = None

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "f":
            return lambda n: n
        if name == "inline_literal":
            return lambda v, type_=None: v
        if name == "batch_alter_table":
            return self._batch
        if name == "get_bind":
            return lambda: BIND
        if name in NEEDS_DATABASE or not hasattr(alembic.operations.Operations, name):
            where = ex.origin()
            raise Unsupported("op.%s() needs a live database or is not an Alembic operation" % name, where)
        return lambda *a, **k: self.record(name, a, k)

    @contextlib.contextmanager
    def _batch(self, table_name, *a, **k):
        yield BatchRecorder(table_name)

    def record(self, name, args, kwargs, batch_table=None):
        """Records one op call; returns what Alembic's call returns where revisions use it (create_table's Table)."""
        path, line = ex.origin()
        for old, new in LEGACY.get(name, {}).items():
            if old in kwargs and new not in kwargs:
                kwargs[new] = kwargs.pop(old)
        cls = alembic.operations.BatchOperations if batch_table else alembic.operations.Operations
        try:
            bound = inspect.signature(getattr(cls, name)).bind(None, *args, **kwargs)
        except TypeError as e:
            raise Unsupported("op.%s(): %s" % (name, e), (path, line))
        params = {}
        for key, value in bound.arguments.items():
            kind = inspect.signature(getattr(cls, name)).parameters[key].kind
            if key == "self":
                continue
            if kind == inspect.Parameter.VAR_KEYWORD:
                params.update(value)
            else:
                params[key] = value
        if batch_table:
            params["table_name"] = batch_table
        built = build_table(params) if name == "create_table" else None
        self.append(name, path, line, args_of(name, params, built), batch=bool(batch_table))
        return built

    def append(self, name, path, line, args, batch=False, called=None):
        RECORDER.ops.append({"op": name, "file": rel(path), "line": line, "when": ex.STATE["explorer"].current(),
                             "call": ex.call_text(path, line, called or name) if path else "", "batch": batch,
                             "args": args})


class BatchRecorder:
    """The batch_op of a batch_alter_table block: its calls are the plain ops on that table."""

    def __init__(self, table):
        self.table = table

    def __getattr__(self, name):
        if name.startswith("__") or not hasattr(alembic.operations.BatchOperations, name):
            raise AttributeError(name)
        return lambda *a, **k: RECORDER.record(name, a, k, batch_table=self.table)


RECORDER = Recorder()


def rel(path):
    return os.path.relpath(os.path.realpath(path), ex.STATE["root"]).replace(os.sep, "/") if path else None


def build_table(p):
    cols = [c for c in p.get("columns", ()) if isinstance(c, (sa.Column, sa.Constraint, sa.Index))]
    kw = {k: v for k, v in p.items() if k not in ("table_name", "schema", "columns")}
    return build(p["table_name"], cols, kw)


def args_of(name, p, built=None):
    if name == "create_table":
        return {"table": table(built)}
    if name == "add_column":
        t = build(p["table_name"], [p["column"]], {})
        return {"table": table(t), "column": column(t.c[p["column"].name])}
    if name == "bulk_insert":
        t = p["table"]
        return {"table_name": t.name, "rows": value(p["rows"]),
                "columns": {c.name: type_(c.type) for c in t.columns}}
    return {k: value(v) for k, v in p.items()}


def build(name, items, kw):
    """The Table Alembic would build; a Column shared between revisions (a module constant) is attached to a copy."""
    try:
        return sa.Table(name, sa.MetaData(), *items, **kw)
    except sa.exc.ArgumentError:
        copies = [(c._copy() if hasattr(c, "_copy") else c.copy()) if isinstance(c, sa.Column) else c for c in items]
        return sa.Table(name, sa.MetaData(), *copies, **kw)


def table_options(t, dialect):
    """The Table's mysql_*/mariadb_* keyword options (engine, charset, collate ...); none where SQLAlchemy lacks the dialect."""
    try:
        items = t.dialect_options[dialect].items()
    except Exception:
        return {}
    return {k: str(v) for k, v in sorted(items) if v is not None and k != "*"}


def table(t):
    out = {"name": t.name, "columns": [column(c) for c in t.columns], "comment": t.comment,
           "options": table_options(t, "mysql"), "mariadb_options": table_options(t, "mariadb"),
           "constraints": [], "indexes": []}
    for c in t._sorted_constraints:
        cols = [x.name for x in c.columns]
        entry = {"kind": type(c).__name__, "name": cname(c.name), "columns": cols}
        if isinstance(c, sa.ForeignKeyConstraint):
            entry.update(refs=[e.target_fullname for e in c.elements], ondelete=c.ondelete, onupdate=c.onupdate)
        elif isinstance(c, sa.CheckConstraint):
            if getattr(c, "_type_bound", False):
                enum = enum_check(c, t)
                if enum is None:
                    continue
                entry.update(enum)
            else:
                entry["sqltext"] = str(c.sqltext)
        elif isinstance(c, sa.PrimaryKeyConstraint) and not cols:
            continue
        out["constraints"].append(entry)
    for col in t.columns:  # a CheckConstraint given to a Column stays on the column
        for c in sorted(col.constraints, key=lambda c: c._creation_order):
            if isinstance(c, sa.CheckConstraint):
                out["constraints"].append({"kind": "CheckConstraint", "name": cname(c.name), "columns": [col.name],
                                           "sqltext": str(c.sqltext)})
    for i in sorted(t.indexes, key=lambda i: cname(i.name) or ""):
        out["indexes"].append({"name": cname(i.name), "columns": [str(getattr(x, "name", x)) for x in i.expressions],
                               "unique": bool(i.unique)})
    return out


def enum_check(c, t):
    """The CHECK of a non-native Enum(create_constraint=True) (SQLAlchemy's VARCHAR + CHECK), as plain SQL; None for
    a native enum's or a Boolean's constraint, which the column type itself stands for."""
    for col in t.columns:
        typ = col.type
        if isinstance(typ, sa.Enum) and not typ.native_enum and typ.create_constraint and col.name in [
                x.name for x in c.columns]:
            labels = ", ".join("'%s'" % v.replace("'", "''") for v in typ.enums)
            return {"columns": [col.name], "sqltext": "%s IN (%s)" % (col.name, labels)}
    return None


NONE_NAME = getattr(sa.sql.elements, "_NONE_NAME", None)  # "no name given" under a naming convention (1.4)


def cname(n):
    return None if n is None or n is NONE_NAME or type(n).__name__ == "_NoneName" else str(n)


def column(c):
    d = c.server_default
    default = None
    # sa.Identity() (SQLAlchemy 1.4+) is the column's identity, also held as its server_default: not a default
    identity = getattr(c, "identity", None) is not None
    if d is not None and not identity:
        arg = getattr(d, "arg", d)
        default = {"text": arg, "clause": False} if isinstance(arg, str) else {"text": sql(arg), "clause": True}
    return {"name": c.name, "type": type_(c.type), "nullable": c.nullable, "primary_key": c.primary_key,
            "autoincrement": c.autoincrement if isinstance(c.autoincrement, bool) else None, "identity": identity,
            "server_default": default, "unique": c.unique, "index": c.index, "comment": c.comment}


def type_(t):
    out = {}
    if isinstance(t, type):
        out["uninstantiated"] = True
        t = t()
    out.update({"class": type(t).__name__, "module": type(t).__module__,
                "generic": [k.__name__ for k in type(t).__mro__ if k.__module__ == "sqlalchemy.sql.sqltypes"]})
    for attr in ("length", "precision", "scale", "timezone", "display_width", "name", "native_enum"):
        v = getattr(t, attr, None)
        if v is not None and not callable(v):
            out[attr] = v if isinstance(v, (int, str, bool)) else str(v)
    if isinstance(t, sa.Enum):
        out["values"] = list(t.enums)
        out["create_constraint"] = bool(t.create_constraint)
    if getattr(t, "_sqlbundle_width", None) is not None:
        out["ignored_width"] = t._sqlbundle_width
    out["rendered"] = {}
    for name, dialect in DIALECTS.items():
        try:
            out["rendered"][name] = str(t.compile(dialect=dialect))
        except Exception as e:
            out["rendered"][name] = "error: %s" % e
    return out


def sql(clause):
    if isinstance(clause, str):
        return clause
    if isinstance(clause, sa.sql.elements.TextClause):
        return clause.text
    try:
        return str(clause.compile(dialect=DIALECTS["postgresql"], compile_kwargs={"literal_binds": True}))
    except Exception:
        return str(clause)


def value(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [value(x) for x in v]
    if isinstance(v, dict):
        return {str(k): value(x) for k, x in v.items()}
    if isinstance(v, sa.types.TypeEngine) or (isinstance(v, type) and issubclass(v, sa.types.TypeEngine)):
        return {"type": type_(v)}
    if isinstance(v, sa.Column):
        return {"column": column(v)}
    if isinstance(v, sa.sql.ClauseElement):
        return {"sql": sql(v)}
    if isinstance(v, (datetime.date, datetime.time, decimal.Decimal)):
        return {"literal": str(v)}
    return {"repr": repr(v)}


def tolerate_integer_width():
    """sa.Integer(255) was accepted by old SQLAlchemy and is still in old chains; keep the width only to report it."""
    original = sa.types.Integer.__init__

    def init(self, *args, **kw):
        if args:
            self._sqlbundle_width = args[0]
        if original is not object.__init__:
            original(self, **kw)
    for cls in (sa.types.Integer, sa.types.SmallInteger, sa.types.BigInteger):
        if "__init__" not in cls.__dict__:
            cls.__init__ = init


class Bind:
    """op.get_bind() during the import: enough for SchemaType.create/drop (recorded as ops); anything else (a query,
    the dialect) needs a live database and stops the function there, reported at its file:line."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise Unsupported("op.get_bind().%s needs a live database" % name, ex.origin())


BIND = Bind()


def record_schema_types():
    """sa.Enum(name=...).create(op.get_bind()) / .drop(...) in a revision: Alembic runs them as CREATE/DROP TYPE;
    recorded as create_enum / drop_enum. Other binds (a real engine in a helper) keep SQLAlchemy's own behaviour."""
    def patch(cls, kind):
        original = cls.__dict__[kind]

        def ddl(self, bind=None, checkfirst=cls is postgresql.ENUM):  # each class's own default
            if bind is not BIND:
                return original(self, bind=bind, checkfirst=checkfirst)
            path, line = ex.origin()
            if not isinstance(self, sa.Enum) or not self.name:
                raise Unsupported("%s.%s(op.get_bind()) has no sqlbundle op (only a named Enum's)"
                                  % (type(self).__name__, kind), (path, line))
            RECORDER.append(kind + "_enum", path, line, {"name": self.name, "values": list(self.enums),
                                                         "checkfirst": bool(checkfirst)}, called=kind)
        setattr(cls, kind, ddl)
    for cls in (sa.types.SchemaType, postgresql.ENUM):
        for kind in ("create", "drop"):
            if kind in cls.__dict__:
                patch(cls, kind)
