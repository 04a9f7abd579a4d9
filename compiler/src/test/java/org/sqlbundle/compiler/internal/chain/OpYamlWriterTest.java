package org.sqlbundle.compiler.internal.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.CheckConstraint;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.ForeignKey;
import org.sqlbundle.compiler.internal.model.Index;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.model.UniqueConstraint;
import org.sqlbundle.compiler.internal.model.View;
import org.sqlbundle.compiler.internal.ops.AddCheck;
import org.sqlbundle.compiler.internal.ops.AddColumn;
import org.sqlbundle.compiler.internal.ops.AddForeignKey;
import org.sqlbundle.compiler.internal.ops.AddUnique;
import org.sqlbundle.compiler.internal.ops.AlterColumn;
import org.sqlbundle.compiler.internal.ops.CreateEnum;
import org.sqlbundle.compiler.internal.ops.CreateIndex;
import org.sqlbundle.compiler.internal.ops.CreateTable;
import org.sqlbundle.compiler.internal.ops.CreateView;
import org.sqlbundle.compiler.internal.ops.Delete;
import org.sqlbundle.compiler.internal.ops.DropColumn;
import org.sqlbundle.compiler.internal.ops.DropConstraint;
import org.sqlbundle.compiler.internal.ops.DropEnum;
import org.sqlbundle.compiler.internal.ops.DropIndex;
import org.sqlbundle.compiler.internal.ops.DropTable;
import org.sqlbundle.compiler.internal.ops.DropView;
import org.sqlbundle.compiler.internal.ops.Insert;
import org.sqlbundle.compiler.internal.ops.Op;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.ops.RenameTable;
import org.sqlbundle.compiler.internal.ops.Sql;
import org.sqlbundle.compiler.internal.source.Node;
import org.sqlbundle.compiler.internal.source.YamlReader;
import org.sqlbundle.errors.SourcePos;

/** What OpYamlWriter writes reads back through OpReader as the same ops (all fields but the source position). */
class OpYamlWriterTest {

    private static final SourcePos POS = SourcePos.ofFile("test");

    private static Column column(String name, String type, boolean nullable, Optional<Literal> def) {
        return new Column(name, PortableType.parse(type), nullable, def, false, Optional.empty());
    }

    private static List<Op> everyOp() {
        Table t = new Table("audit log", List.of(
                new Column("id", PortableType.parse("bigint"), false, Optional.empty(), true, Optional.of("the key")),
                column("pool_id", "string(36)", false, Optional.empty()),
                column("note", "text", true, Optional.of(Literal.string("it's \"quoted\": #1\nline two"))),
                column("amount", "decimal(10,2)", true, Optional.of(Literal.number("-1.50"))),
                column("on", "boolean", false, Optional.of(Literal.bool(false))),
                column("at", "datetime", true, Optional.of(Literal.CURRENT_TIMESTAMP)),
                column("digits", "string(5)", true, Optional.of(Literal.string("00123"))),
                column("kind", "enum(audit_kind)", true, Optional.empty())),
                Optional.of(new PrimaryKey("pk_audit", List.of("id"))),
                List.of(new ForeignKey("fk_audit_pools", List.of("pool_id"), "pools", List.of("id"),
                        ForeignKey.Action.SET_NULL, ForeignKey.Action.CASCADE)),
                List.of(new UniqueConstraint("uq_audit", List.of("pool_id", "note"))),
                List.of(new CheckConstraint("ck_amount", "amount >= 0 AND note <> 'x'")), List.of(),
                Optional.of("who did what"), new org.sqlbundle.compiler.internal.model.TableOptions(
                        Optional.of("InnoDB"), Optional.of("utf8mb4"), Optional.of("utf8mb4_unicode_ci")));
        return List.of(
                new CreateEnum(POS, new EnumType("audit_kind", List.of("a", "b c", "yes"))),
                new CreateTable(POS, t),
                new CreateTable(POS, new Table("plain", List.of(column("id", "integer", false, Optional.empty())),
                        Optional.of(new PrimaryKey("", List.of("id"))), List.of(), List.of(), List.of(), List.of(),
                        Optional.empty())),
                new DropTable(POS, "old"),
                new org.sqlbundle.compiler.internal.ops.AlterTableOptions(POS, "pools",
                        new org.sqlbundle.compiler.internal.model.TableOptions(Optional.of("MyISAM"), Optional.empty(),
                                Optional.empty())),
                new org.sqlbundle.compiler.internal.ops.AlterTableOptions(POS, "pools",
                        new org.sqlbundle.compiler.internal.model.TableOptions(Optional.empty(), Optional.of("latin1"),
                                Optional.of("latin1_bin"))),
                new AddColumn(POS, "pools", column("null", "float", true, Optional.of(Literal.number("3")))),
                new DropColumn(POS, "pools", "gone"),
                new AlterColumn(POS, "pools", "weight", Optional.of(PortableType.parse("smallint")), Optional.of(true),
                        Optional.of(Literal.NULL), Optional.empty(), true),
                new AlterColumn(POS, "pools", "name", Optional.empty(), Optional.empty(),
                        Optional.of(Literal.string("true")), Optional.empty(), false),
                new CreateIndex(POS, new Index("ix_a", "pools", List.of("a", "b"), true)),
                new CreateIndex(POS, new Index("ix_b", "pools", List.of("b"), false)),
                new DropIndex(POS, "ix_old"),
                new AddForeignKey(POS, "pools", new ForeignKey("fk_p", List.of("x"), "t", List.of("id"),
                        ForeignKey.Action.NO_ACTION, ForeignKey.Action.SET_DEFAULT)),
                new AddUnique(POS, "pools", new UniqueConstraint("uq_p", List.of("x"))),
                new AddCheck(POS, "pools", new CheckConstraint("ck_p", "x in ('a', 'b')")),
                new DropConstraint(POS, "pools", "ck_old"),
                new DropEnum(POS, "old_kind"),
                new org.sqlbundle.compiler.internal.ops.AddEnumValue(POS, "audit_kind", "no: x", Optional.of("yes"),
                        Optional.empty()),
                new org.sqlbundle.compiler.internal.ops.AddEnumValue(POS, "audit_kind", "on", Optional.empty(),
                        Optional.of("a")),
                new org.sqlbundle.compiler.internal.ops.AddEnumValue(POS, "audit_kind", "z", Optional.empty(), Optional.empty()),
                new org.sqlbundle.compiler.internal.ops.DropEnumValue(POS, "audit_kind", "b c"),
                new DropView(POS, "v_old"),
                new CreateView(POS, new View("v_new", "select p.id,\n       p.name\n  from pools p\n where p.x = 'a: b'",
                        Map.of())),
                new CreateView(POS, new View("v_tab", "select 1\tas one", Map.of())),
                new CreateView(POS, new View("v_ls", "select 'a\u2028b' as x", Map.of(Dialect.MYSQL, "select 1 as x",
                        Dialect.H2, "select\n  2 as x"))),
                new RenameTable(POS, "old name", "yes"),
                new Sql(POS, "update pools set x = 'a: b' -- #1\n where id > 0", Map.of(Dialect.POSTGRESQL,
                        "update pools set x = 'a: b'"), false, Optional.of("removes orphan rows")),
                new Sql(POS, "select 1", Map.of(), true, Optional.of("")),
                new Insert(POS, "pools", List.of(row("id", Literal.number("1e10"), "name", Literal.string("on")),
                        row("id", Literal.number("0x1F"), "name", Literal.NULL))),
                new Delete(POS, "pools", List.of(row("id", Literal.number("1_000"), "ok", Literal.bool(true))),
                        Optional.empty()),
                new Delete(POS, "pools", List.of(row("id", Literal.number("-2"))), Optional.of("cleanup")));
    }

    private static Map<String, Literal> row(Object... kv) {
        Map<String, Literal> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], (Literal) kv[i + 1]);
        }
        return out;
    }

    @Test
    void everyOpReadsBackAsItself() {
        List<Op> ops = everyOp();
        String yaml = RevisionWriter.ops("upgrade", RevisionWriter.Entry.of(ops));
        Node root = YamlReader.read(new StringReader(yaml), "written.yaml");
        Node list = ((Node.MapNode) root).entries().get("upgrade").value();
        List<Op> back = OpReader.readList(((Node.ListNode) list).items());
        assertEquals(ops.size(), back.size(), yaml);
        for (int i = 0; i < ops.size(); i++) {
            assertEquals(withoutPos(ops.get(i)), withoutPos(back.get(i)), yaml);
        }
    }

    /** The record's components except where it was written. */
    private static List<Object> withoutPos(Op op) {
        List<Object> out = new ArrayList<>(List.of(op.getClass()));
        try {
            for (RecordComponent c : op.getClass().getRecordComponents()) {
                if (!c.getName().equals("pos")) {
                    out.add(c.getAccessor().invoke(op));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
