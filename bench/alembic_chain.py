"""Writes a GenerateChain.java chain as an Alembic project, for bench/vs-alembic.sh.

    /usr/bin/python3 bench/alembic_chain.py <chain-dir> <out-dir>

out-dir gets alembic.ini, env.py, script.py.mako and versions/ with one file per revision: the same ops as
op.* calls and an explicit downgrade() for each. A downgrade needs the schema as it was (a dropped table's
columns, an altered column's old type), so this keeps its own model of the schema, applied revision by
revision as the compiler does. Handles exactly the op kinds the generator writes; anything else stops it,
so a generator change can't silently make the two tools compile different chains. Needs python3-yaml.
"""
import os
import shutil
import sys
import tempfile

import yaml

HEADER = '''"""{message}

Revision ID: {rev}
Revises: {parent}
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = {rev!r}
down_revision = {parent!r}
branch_labels = None
depends_on = None


def _postgresql():
    return op.get_context().dialect.name == "postgresql"

'''

ENV_PY = '''"""Offline only: renders SQL for the dialect given as -x dialect=NAME."""
from alembic import context

dialect = context.get_x_argument(as_dictionary=True).get("dialect", "postgresql")
if not context.is_offline_mode():
    raise SystemExit("this bench project runs with --sql only")
context.configure(dialect_name=dialect, literal_binds=True, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
'''

ALEMBIC_INI = '''[alembic]
script_location = %(here)s
'''

# alembic refuses a project without the template `alembic revision` would use
SCRIPT_MAKO = '''"""${message}"""
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
'''


class Column:
    def __init__(self, spec):
        self.name = spec["name"]
        self.type = str(spec["type"])
        self.nullable = spec.get("nullable", True) and not spec.get("primary_key", False)
        self.default = spec.get("default")
        self.primary_key = spec.get("primary_key", False)
        self.unique = spec.get("unique", False)


class Table:
    def __init__(self, name):
        self.name = name
        self.columns = []  # Column, in order
        self.fks = []  # (name, column, referenced Table, on_delete); a Table object follows renames
        self.checks = []  # (name, expression)
        self.indexes = []  # (name, column)

    def column(self, name):
        for c in self.columns:
            if c.name == name:
                return c
        raise SystemExit(f"{self.name} has no column {name}")


class Converter:
    def __init__(self):
        self.tables = {}
        self.enums = {}

    # ------------------------------------------------------------ rendering model parts as Python source

    def type_src(self, t):
        if t.startswith("string("):
            return f"sa.String({t[7:-1]})"
        if t.startswith("decimal("):
            return f"sa.Numeric({t[8:-1]})"
        if t.startswith("enum("):
            name = t[5:-1]
            labels = ", ".join(repr(v) for v in self.enums[name])
            # the type itself is created by the create_enum op (PostgreSQL) or inline (MySQL)
            return f"postgresql.ENUM({labels}, name={name!r}, create_type=False)"
        simple = {"integer": "sa.Integer()", "bigint": "sa.BigInteger()", "boolean": "sa.Boolean()",
                  "text": "sa.Text()", "datetime": "sa.DateTime()", "date": "sa.Date()"}
        if t not in simple:
            raise SystemExit(f"unknown type {t}")
        return simple[t]

    @staticmethod
    def default_src(d):
        if d is None:
            return "None"
        if isinstance(d, dict):
            return f"sa.text({d['expr'].upper()!r})"
        if isinstance(d, bool):
            return f"sa.text({str(d).lower()!r})"
        if isinstance(d, (int, float)):
            return f"sa.text({str(d)!r})"
        return repr(str(d))

    def column_src(self, c):
        s = f"sa.Column({c.name!r}, {self.type_src(c.type)}"
        if c.primary_key:
            s += ", primary_key=True"
        elif not c.nullable:
            s += ", nullable=False"
        if c.unique:
            s += ", unique=True"
        if c.default is not None:
            s += f", server_default={self.default_src(c.default)}"
        return s + ")"

    def create_table_src(self, t):
        parts = [repr(t.name)] + [self.column_src(c) for c in t.columns]
        for name, col, ref, on_delete in t.fks:
            parts.append(f"sa.ForeignKeyConstraint([{col!r}], [{ref.name + '.id'!r}], name={name!r}, "
                         f"ondelete={on_delete.upper()!r})")
        for name, expr in t.checks:
            parts.append(f"sa.CheckConstraint({expr!r}, name={name!r})")
        lines = [f"op.create_table({', '.join(parts)})"]
        lines += [f"op.create_index({n!r}, {t.name!r}, [{c!r}])" for n, c in t.indexes]
        return lines

    def alter_src(self, t, c, **changes):
        args = [repr(t.name), repr(c.name)] + [f"{k}={v}" for k, v in changes.items()]
        args += [f"existing_type={self.type_src(c.type)}", f"existing_nullable={c.nullable}",
                 f"existing_server_default={self.default_src(c.default)}"]
        return f"op.alter_column({', '.join(args)})"

    # ------------------------------------------------------------ ops: upgrade lines, downgrade lines

    def op(self, kind, a):
        """Applies one op to the model; returns (upgrade lines, downgrade lines)."""
        handler = getattr(self, "op_" + kind, None)
        if handler is None:
            raise SystemExit(f"op {kind} has no Alembic equivalent here; extend bench/alembic_chain.py")
        return handler(a)

    def op_create_enum(self, a):
        name, values = a["name"], [str(v) for v in a["values"]]
        self.enums[name] = values
        labels = ", ".join("'" + v + "'" for v in values)
        return ([f"if _postgresql():\n        op.execute(\"CREATE TYPE {name} AS ENUM ({labels})\")"],
                [f"if _postgresql():\n        op.execute(\"DROP TYPE {name}\")"])

    def op_drop_enum(self, a):
        up, down = self.op_create_enum({"name": a["name"], "values": self.enums.pop(a["name"])})
        self.enums.pop(a["name"])
        return down, up

    def op_create_table(self, a):
        t = Table(a["name"])
        t.columns = [Column(c) for c in a["columns"]]
        for fk in a.get("foreign_keys", []):
            t.fks.append((fk["name"], fk["columns"][0], self.tables[fk["references"]["table"]], fk["on_delete"]))
        t.checks = [(ck["name"], ck["expression"]) for ck in a.get("checks", [])]
        self.tables[t.name] = t
        return self.create_table_src(t), [f"op.drop_table({t.name!r})"]

    def op_drop_table(self, a):
        t = self.tables.pop(a["name"])
        return ([f"op.drop_index({n!r}, table_name={t.name!r})" for n, _ in t.indexes]
                + [f"op.drop_table({t.name!r})"], self.create_table_src(t))

    def op_rename_table(self, a):
        t = self.tables.pop(a["name"])
        t.name = a["to"]
        self.tables[t.name] = t
        return [f"op.rename_table({a['name']!r}, {a['to']!r})"], [f"op.rename_table({a['to']!r}, {a['name']!r})"]

    def op_add_column(self, a):
        t, c = self.tables[a["table"]], Column(a["column"])
        t.columns.append(c)
        return [f"op.add_column({t.name!r}, {self.column_src(c)})"], [f"op.drop_column({t.name!r}, {c.name!r})"]

    def op_drop_column(self, a):
        t = self.tables[a["table"]]
        c = t.column(a["name"])
        t.columns.remove(c)
        return [f"op.drop_column({t.name!r}, {c.name!r})"], [f"op.add_column({t.name!r}, {self.column_src(c)})"]

    def op_alter_column(self, a):
        t = self.tables[a["table"]]
        c = t.column(a["name"])
        before = Column({"name": c.name, "type": c.type, "nullable": c.nullable, "default": c.default})
        up, down = {}, {}
        if "type" in a:
            up["type_"], down["type_"] = self.type_src(str(a["type"])), self.type_src(c.type)
            c.type = str(a["type"])
        if "nullable" in a:
            up["nullable"], down["nullable"] = a["nullable"], c.nullable
            c.nullable = a["nullable"]
        if "default" in a:
            up["server_default"], down["server_default"] = self.default_src(a["default"]), self.default_src(c.default)
            c.default = a["default"]
        if "rename_to" in a:
            up["new_column_name"], down["new_column_name"] = repr(a["rename_to"]), repr(c.name)
            c.name = a["rename_to"]
        return [self.alter_src(t, before, **up)], [self.alter_src(t, c, **down)]

    def op_create_index(self, a):
        t = self.tables[a["table"]]
        t.indexes.append((a["name"], a["columns"][0]))
        return ([f"op.create_index({a['name']!r}, {t.name!r}, [{a['columns'][0]!r}])"],
                [f"op.drop_index({a['name']!r}, table_name={t.name!r})"])

    def op_drop_index(self, a):
        for t in self.tables.values():
            for n, col in t.indexes:
                if n == a["name"]:
                    t.indexes.remove((n, col))
                    return ([f"op.drop_index({n!r}, table_name={t.name!r})"],
                            [f"op.create_index({n!r}, {t.name!r}, [{col!r}])"])
        raise SystemExit(f"no index {a['name']}")

    def op_add_foreign_key(self, a):
        t, ref = self.tables[a["table"]], self.tables[a["references"]["table"]]
        t.fks.append((a["name"], a["columns"][0], ref, a["on_delete"]))
        return ([f"op.create_foreign_key({a['name']!r}, {t.name!r}, {ref.name!r}, [{a['columns'][0]!r}], ['id'], "
                 f"ondelete={a['on_delete'].upper()!r})"],
                [f"op.drop_constraint({a['name']!r}, {t.name!r}, type_='foreignkey')"])

    def op_add_check(self, a):
        t = self.tables[a["table"]]
        t.checks.append((a["name"], a["expression"]))
        return ([f"op.create_check_constraint({a['name']!r}, {t.name!r}, {a['expression']!r})"],
                [f"op.drop_constraint({a['name']!r}, {t.name!r}, type_='check')"])

    def op_insert(self, a):
        t = self.tables[a["table"]]
        rows = a["rows"]
        kinds = {str: "sa.String()", bool: "sa.Boolean()", int: "sa.Integer()", float: "sa.Numeric()"}
        cols = ", ".join(f"sa.column({k!r}, {kinds[type(v)]})" for k, v in rows[0].items())
        ids = ", ".join("'" + r["id"] + "'" for r in rows)
        return ([f"op.bulk_insert(sa.table({t.name!r}, {cols}), {rows!r})"],
                [f"op.execute(\"DELETE FROM {t.name} WHERE id IN ({ids})\")"])

    @staticmethod
    def op_sql(a):
        return [f"op.execute({a['sql']!r})"], None  # raw sql: the revision carries an explicit downgrade

    # ------------------------------------------------------------ revisions

    def revision(self, doc):
        up, down = [], []
        for item in doc["upgrade"]:
            (kind, args), = item.items()
            u, d = self.op(kind, args)
            up += u
            if d is not None:
                down = d + down
        if "downgrade" in doc:
            down = []
            for item in doc["downgrade"]:
                (kind, args), = item.items()
                down += self.explicit(kind, args)
        return up, down

    def explicit(self, kind, a):
        """An explicit downgrade op, rendered against the schema after the upgrade (the model's state now)."""
        if kind == "sql":
            return [f"op.execute({a['sql']!r})"]
        if kind == "alter_column" and set(a) == {"table", "name", "nullable"}:
            t = self.tables[a["table"]]
            c = t.column(a["name"])
            return [self.alter_src(t, c, nullable=a["nullable"])]  # the model keeps the upgrade's state
        raise SystemExit(f"explicit downgrade op {kind} {a} is not handled; extend bench/alembic_chain.py")


def body(lines):
    return "".join(f"    {line}\n" for line in lines) if lines else "    pass\n"


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: python3 bench/alembic_chain.py <chain-dir> <out-dir>")
    chain, out = sys.argv[1], os.path.abspath(sys.argv[2])
    docs = {}
    for name in os.listdir(chain):
        if name.endswith(".yaml"):
            with open(os.path.join(chain, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            docs[doc["parent"]] = doc
    parent = os.path.dirname(out) or "."
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=parent, prefix="." + os.path.basename(out) + ".tmp")
    os.mkdir(os.path.join(tmp, "versions"))
    converter, current, n = Converter(), None, 0
    while current in docs:  # the generator writes one straight line from the base
        doc = docs[current]
        up, down = converter.revision(doc)
        n += 1
        text = HEADER.format(message=doc["message"], rev=doc["id"], parent=doc["parent"])
        text += "\ndef upgrade():\n" + body(up) + "\n\ndef downgrade():\n" + body(down)
        with open(os.path.join(tmp, "versions", f"{n:05d}_{doc['id']}.py"), "w", encoding="utf-8") as f:
            f.write(text)
        current = doc["id"]
    if n != len(docs):
        raise SystemExit(f"{chain}: {len(docs)} revisions but only {n} in one line from the base")
    for name, content in (("env.py", ENV_PY), ("alembic.ini", ALEMBIC_INI), ("script.py.mako", SCRIPT_MAKO)):
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(content)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.rename(tmp, out)
    print(f"wrote {n} Alembic revisions to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
