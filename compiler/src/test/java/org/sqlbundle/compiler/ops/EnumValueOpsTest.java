package org.sqlbundle.compiler.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlbundle.compiler.Compiler;
import org.sqlbundle.compiler.chain.Range;
import org.sqlbundle.compiler.plan.RevisionPlan;
import org.sqlbundle.compiler.render.Dialect;
import org.sqlbundle.compiler.source.Problem;
import org.sqlbundle.compiler.source.SqlbundleException;

/** add_enum_value and drop_enum_value: the model's rules, derived undos and each dialect's statements. */
class EnumValueOpsTest {

    static final String BASE = """
            id: a1
            parent: null
            message: base
            upgrade:
              - create_enum: {name: st, values: [on, off]}
              - create_enum: {name: one, values: [only]}
              - create_table:
                  name: t
                  columns:
                    - {name: id, type: integer, primary_key: true}
                    - {name: s, type: enum(st), nullable: false, default: "on"}
                    - {name: p, type: enum(st)}
            """;

    @TempDir
    Path dir;

    private Compiler chain(String upgrade) throws IOException {
        Files.writeString(dir.resolve("1.yaml"), BASE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2.yaml"), "id: b2\nparent: a1\nmessage: m\nupgrade:\n" + upgrade,
                StandardCharsets.UTF_8);
        return Compiler.configure().chainDir(dir).load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown enum|  - add_enum_value: {name: sx, value: x}|E134|enum type 'sx' does not exist|enum types here: one, st",
        "unknown enum on drop|  - drop_enum_value: {name: sx, value: x}|E134|'sx' does not exist|one, st",
        "value present|  - add_enum_value: {name: st, value: 'off'}|E135|already has the value 'off'|[on, off]",
        "empty value|  - add_enum_value: {name: st, value: ''}|E135|the value is empty|value: archived",
        "before missing|  - add_enum_value: {name: st, value: x, before: maybe}|E136|before names 'maybe'|[on, off]",
        "after missing|  - add_enum_value: {name: st, value: x, after: maybe}|E136|after names 'maybe'|[on, off]",
        "both anchors|  - add_enum_value: {name: st, value: x, before: 'on', after: 'off'}|E136|both before and after"
                + "|keep one",
        "drop value missing|  - drop_enum_value: {name: st, value: maybe}|E137|has no value 'maybe'|[on, off]",
        "drop only value|  - drop_enum_value: {name: one, value: only}|E137|only value|drop_enum: {name: one}",
        "drop a default|  - drop_enum_value: {name: st, value: 'on'}|E138|t.s defaults to 'on'|alter_column: {table: t, name: s"})
    void refusedAtTheOp(String name, String upgrade, String code, String message, String hint) {
        SqlbundleException e = assertThrows(SqlbundleException.class, () -> chain(upgrade + "\n"));
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), p.format());
        assertTrue(p.pos().file().endsWith("2.yaml") && p.pos().line() == 5, p.format());
        assertTrue(p.message().contains(message), p.format());
        assertTrue(p.hint().orElse("").contains(hint), p.format());
    }

    @Test
    void valuesGoWhereTheOpSaysAndTheUndosPutThemBack() throws IOException {
        Compiler c = chain("""
                  - add_enum_value: {name: st, value: first, before: 'on'}
                  - add_enum_value: {name: st, value: mid, after: 'on'}
                  - add_enum_value: {name: st, value: last}
                  - drop_enum_value: {name: st, value: 'off'}
                """);
        assertEquals(List.of("first", "on", "mid", "last"), c.model().schemaAt(1).enumType("st").orElseThrow().labels());
        RevisionPlan plan = c.model().plan(1);
        assertEquals(new AddEnumValue(plan.downgrade().get(0).op().pos(), "st", "off", Optional.empty(),
                Optional.of("mid")), plan.downgrade().get(0).op());
        assertEquals(List.of("add_enum_value", "drop_enum_value", "drop_enum_value", "drop_enum_value"),
                plan.downgrade().stream().map(p -> p.op().opName()).toList());
        assertEquals(List.of(), c.model().asymmetries());
        // the first value dropped comes back before the one that followed it
        Compiler first = chain("  - drop_enum_value: {name: st, value: 'off'}\n  - add_enum_value: {name: st, "
                + "value: zero, after: 'on'}\n  - alter_column: {table: t, name: s, default: zero}\n"
                + "  - drop_enum_value: {name: st, value: 'on'}\n");
        assertEquals(new AddEnumValue(null, "st", "on", Optional.of("zero"), Optional.empty()).describe(),
                first.model().plan(1).downgrade().get(0).op().describe());
    }

    /** Each dialect's statements, in order: the upgrade adds x, the downgrade drops it behind a guard. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "POSTGRESQL|alter type \"st\" rename to \"st_sqlbundle_old\" ;; create type \"st\" as enum ('on', 'x', 'off') ;; "
                + "alter table \"t\" alter \"s\" drop default ;; alter table \"t\" alter column \"s\" type \"st\" "
                + "using \"s\"::text::\"st\" ;; alter table \"t\" alter \"s\" set default 'on' ;; alter table \"t\" "
                + "alter column \"p\" type \"st\" using \"p\"::text::\"st\" ;; drop type \"st_sqlbundle_old\""
                + "|if (select count(*) from \"t\" where \"s\" = 'x') <> 0 then raise exception",
        "MARIADB|alter table `t` modify column `s` enum('on', 'x', 'off') not null default 'on' ;; "
                + "alter table `t` modify column `p` enum('on', 'x', 'off') null"
                + "|set @sqlbundle_guard = if((select count(*) from `t` where `p` = 'x') = 0, 'do 0'",
        "H2|alter table \"t\" alter column \"s\" set data type enum('on', 'x', 'off') ;; alter table \"t\" alter column "
                + "\"p\" set data type enum('on', 'x', 'off')|select cast(case when (select count(*) from \"t\" where \"s\" = 'x') = 0",
        "SQLITE|create table \"_sqlbundle_new_t\" ;; check (\"s\" in ('on', 'x', 'off')) ;; alter table \"_sqlbundle_new_t\" "
                + "rename to \"t\"|case when (not exists (select 1 from \"t\" where \"p\" = 'x')) then 1 else 0 end"})
    void eachDialectChangesEveryColumnOfTheEnum(Dialect dialect, String upSteps, String guard) throws IOException {
        Compiler c = chain("  - add_enum_value: {name: st, value: x, after: 'on'}\n");
        String up = c.script(dialect, new Range(c.chain(), 0, 1)).toLowerCase(Locale.ROOT);
        List<String> steps = Arrays.stream(upSteps.split(";;")).map(String::strip).collect(Collectors.toList());
        int at = -1;
        for (String step : steps) {
            int next = up.indexOf(step, at + 1);
            assertTrue(next > at, "'" + step + "' not found in order in:\n" + up);
            at = next;
        }
        String down = c.script(dialect, new Range(c.chain(), 1, 0)).toLowerCase(Locale.ROOT);
        int g = down.indexOf(guard);
        assertTrue(g >= 0, down);
        assertTrue(down.lastIndexOf("'on', 'off'") > g, "the retype follows the guard:\n" + down);
    }
}
