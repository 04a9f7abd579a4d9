package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sqlbundle.compiler.internal.ops.OpFixture.fails;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.errors.Problem;

/**
 * Every model error, each behind a valid op so the test proves the error names the failing op's own
 * line, not the first op's or the file's.
 */
class OpErrorsTest {

    private static final String OK = "- create_enum: {name: unused, values: [x]}\n";

    private static void contains(Problem p, String text) {
        assertTrue(p.message().contains(text), p.format());
    }

    @Test
    void missingThings() {
        contains(fails(OK + "- drop_table: {name: pool}\n", "E101", 2), "table 'pool' does not exist");
        assertEquals(Optional.of("did you mean 'pools'?"), fails(OK + "- drop_table: {name: pool}\n", "E101", 2).hint());
        fails(OK + "- rename_table: {name: nope, to: x}\n", "E101", 2);
        fails(OK + "- alter_column: {table: nope, name: id, nullable: true}\n", "E101", 2);
        fails(OK + "- add_column: {table: nope, column: {name: a, type: text}}\n", "E101", 2);
        contains(fails(OK + "- drop_column: {table: pools, name: nope}\n", "E103", 2), "column 'pools.nope' does not exist");
        fails(OK + "- alter_column: {table: pools, name: nope, nullable: true}\n", "E103", 2);
        contains(fails(OK + "- drop_index: {name: ix_nope}\n", "E118", 2), "index 'ix_nope' does not exist");
        Problem noConstraint = fails(OK + "- drop_constraint: {table: pools, name: ck_nope}\n", "E119", 2);
        assertEquals(Optional.of("its constraints: uq_pools_code, ck_pools_weight, pools_pkey (the primary key)"),
                noConstraint.hint());
        fails(OK + "- drop_constraint: {table: nope, name: ck_nope}\n", "E101", 2);
        fails(OK + "- drop_enum: {name: nope}\n", "E123", 2);
        fails(OK + "- drop_view: {name: nope}\n", "E126", 2);
        fails(OK + "- insert: {table: nope, rows: [{id: 1}]}\n", "E101", 2);
        fails(OK + "- insert: {table: pools, rows: [{id: 1, name: a, nope: 2}]}\n", "E103", 2);
        fails(OK + "- delete: {table: pools, where: [{nope: 1}]}\n", "E103", 2);
    }

    /** Issue 13: a check expression could close CHECK (...) and run its own statements on every dialect. */
    @Test
    void aCheckExpressionMustBeOneBooleanExpressionAndNothingMore() {
        String[] refused = {"id > 0)); create table pwned (i int); select ((1", "weight > 1; drop table pools",
                "weight > 1 -- the rest", "weight > 1 /* c */", "weight > 1 */ x", "(weight > 1",
                "weight > 1)", "select 1", "weight = 'x\\\\' or name = ') , c int); create table pwned (i int); -- '",
                "weight > $$1$$", "weight > 1 # mysql comment", "name = 'open", "weight > 1 // h2 comment",
                "weight > 1 --x", "name = \"open", "weight > 1 /* ( */"};
        for (String expression : refused) {
            String yaml = "- add_check: {table: pools, name: ck_new, expression: \"" + expression.replace("\"", "\\\"")
                    + "\"}\n";
            Problem p = failsOnLine(OK + yaml, "E144", 2);
            contains(p, "one boolean expression");
            assertTrue(p.hint().orElse("").contains("CHECK (...)"), p.format());
            Problem inTable = failsOnLine(OK + "- create_table: {name: t2, columns: [{name: weight, type: integer}], "
                    + "checks: [{name: ck_t2, expression: \"" + expression.replace("\"", "\\\"") + "\"}]}\n", "E144", 2);
            contains(inTable, "create_table t2 check ck_t2");
        }
        // a rename lands the new name in the expression: it must still parse
        fails(OK + "- alter_column: {table: pools, name: weight, rename_to: \"w); drop table pools; --\"}\n", "E144", 2);
    }

    /** Like {@link OpFixture#fails}, for errors placed at the expression itself rather than at the op. */
    private static Problem failsOnLine(String yaml, String code, int line) {
        org.sqlbundle.errors.SqlbundleException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.sqlbundle.errors.SqlbundleException.class, () -> OpFixture.apply(yaml));
        Problem p = e.problems().get(0);
        assertEquals(code, p.code(), p.format());
        assertTrue(p.pos().toString().startsWith("test.yaml:" + line + ":"), p.format());
        return p;
    }

    @Test
    void creatingWhatExists() {
        fails(OK + "- create_table: {name: pools, columns: [{name: a, type: text}]}\n", "E102", 2);
        contains(fails(OK + "- create_table: {name: v_pools, columns: [{name: a, type: text}]}\n", "E102", 2),
                "a view named 'v_pools'");
        fails(OK + "- rename_table: {name: members, to: pools}\n", "E102", 2);
        fails(OK + "- add_column: {table: pools, column: {name: weight, type: integer}}\n", "E114", 2);
        fails(OK + "- alter_column: {table: pools, name: weight, rename_to: name}\n", "E114", 2);
        contains(fails(OK + "- create_index: {name: ix_members_port, table: pools, columns: [weight]}\n", "E105", 2),
                "already exists on table 'members'");
        fails(OK + "- add_unique: {table: pools, name: ck_pools_weight, columns: [name]}\n", "E104", 2);
        fails(OK + "- add_check: {table: pools, name: uq_pools_code, expression: 'weight > 1'}\n", "E104", 2);
        fails(OK + "- add_foreign_key: {table: members, name: fk_members_pools, columns: [pool_id], "
                + "references: {table: pools, columns: [id]}}\n", "E104", 2);
        fails(OK + "- create_enum: {name: status, values: [a]}\n", "E121", 2);
        fails(OK + "- create_view: {name: v_pools, sql: 'select 1'}\n", "E125", 2);
        fails(OK + "- create_view: {name: pools, sql: 'select 1'}\n", "E125", 2);
    }

    @Test
    void createTableRules() {
        fails(OK + "- create_table: {name: t, columns: []}\n", "E106", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}, {name: a, type: text}]}\n", "E103", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}], primary_key: {columns: [b]}}\n",
                "E103", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}], unique: [{name: u, columns: [b]}]}\n",
                "E103", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}], unique: [{name: u, columns: [a]}], "
                + "checks: [{name: u, expression: 'a > 1'}]}\n", "E104", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: enum(nope)}]}\n", "E107", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text, autoincrement: true}]}\n", "E108", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text, nullable: false, default: null}]}\n"
                .replace("default: null", "default: {expr: current_timestamp}"), "E109", 2);
    }

    @Test
    void foreignKeys() {
        String fk = "- add_foreign_key: {table: members, name: fk2, columns: [%s], references: {table: %s, columns: [%s]}%s}\n";
        contains(fails(OK + String.format(Locale.ROOT, fk, "pool_id", "nope", "id", ""), "E101", 2), "table 'nope' does not exist");
        contains(fails(OK + String.format(Locale.ROOT, fk, "pool_id", "pools", "nope", ""), "E103", 2), "column 'pools.nope'");
        contains(fails(OK + String.format(Locale.ROOT, fk, "nope", "pools", "id", ""), "E103", 2), "column 'members.nope'");
        fails(OK + String.format(Locale.ROOT, fk, "pool_id, port", "pools", "id", ""), "E110", 2);
        contains(fails(OK + String.format(Locale.ROOT, fk, "port", "pools", "weight", ""), "E111", 2),
                "are not the primary key or a unique key of pools");
        contains(fails(OK + String.format(Locale.ROOT, fk, "pool_code", "pools", "id", ""), "E112", 2),
                "column pool_code is string(8) but references pools.id of type integer");
        contains(fails(OK + String.format(Locale.ROOT, fk, "pool_id", "pools", "id", ", on_delete: set null"), "E112", 2),
                "'set null' on NOT NULL column pool_id");
        // the same rules inside create_table
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}], foreign_keys: "
                + "[{name: f, columns: [a], references: {table: pools, columns: [id]}}]}\n", "E112", 2);
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: integer}], foreign_keys: "
                + "[{name: f, columns: [a], references: {table: pools, columns: [weight]}}]}\n", "E111", 2);
    }

    @Test
    void indexesOnMissingColumns() {
        contains(fails(OK + "- create_index: {name: ix, table: pools, columns: [weight, nope]}\n", "E103", 2),
                "column 'pools.nope' does not exist");
        fails(OK + "- create_index: {name: ix, table: pools, columns: [weight, weight]}\n", "E103", 2);
        fails(OK + "- create_index: {name: ix, table: nope, columns: [a]}\n", "E101", 2);
        fails(OK + "- add_unique: {table: pools, name: uq, columns: [nope]}\n", "E103", 2);
    }

    @Test
    void droppingAColumnSomethingUses() {
        contains(fails(OK + "- drop_column: {table: members, name: port}\n", "E115", 2), "index ix_members_port");
        contains(fails(OK + "- drop_column: {table: pools, name: id}\n", "E115", 2), "the primary key");
        contains(fails(OK + "- drop_column: {table: pools, name: code}\n", "E115", 2), "unique constraint uq_pools_code");
        contains(fails(OK + "- drop_column: {table: pools, name: weight}\n", "E115", 2), "check constraint ck_pools_weight");
        contains(fails(OK + "- drop_column: {table: members, name: pool_id}\n", "E115", 2), "foreign key fk_members_pools");
        fails(OK + "- create_table: {name: t, columns: [{name: a, type: text}]}\n- drop_column: {table: t, name: a}\n",
                "E115", 3);
    }

    @Test
    void droppingWhatIsStillReferenced() {
        contains(fails(OK + "- drop_table: {name: pools}\n", "E113", 2), "foreign key members.fk_members_pools");
        fails(OK + "- add_foreign_key: {table: members, name: fk2, columns: [pool_code], "
                + "references: {table: pools, columns: [code]}}\n"
                + "- drop_constraint: {table: pools, name: uq_pools_code}\n", "E120", 3);
        contains(fails(OK + "- drop_enum: {name: status}\n", "E124", 2), "column pools.status still uses it");
        fails(OK + "- drop_constraint: {table: members, name: ix_members_port}\n", "E119", 2);
    }

    @Test
    void enumDefaultsAndValues() {
        contains(fails(OK + "- add_column: {table: pools, column: {name: s2, type: enum(status), default: gone}}\n",
                "E109", 2), "default 'gone' is not a label of enum status");
        fails(OK + "- alter_column: {table: pools, name: status, default: gone}\n", "E109", 2);
        fails(OK + "- create_enum: {name: e, values: [a, a]}\n", "E122", 2);
        fails(OK + "- insert: {table: pools, rows: [{name: a, status: gone}]}\n", "E127", 2);
    }

    @Test
    void insertNeedsNotNullValues() {
        contains(fails(OK + "- insert: {table: members, rows: [{id: 1, pool_id: 1}, {id: 2}]}\n", "E127", 2),
                "gives no value for NOT NULL column pool_id");
        fails(OK + "- insert: {table: members, rows: [{id: 1, pool_id: null}]}\n", "E127", 2);
        fails(OK + "- insert: {table: members, rows: []}\n", "E127", 2);
        fails(OK + "- delete: {table: members, where: []}\n", "E128", 2);
    }

    @Test
    void alterColumnKeepsForeignKeysValid() {
        // found by review: NOT NULL under an on-delete-set-null foreign key used to be accepted, and the
        // foreign key's derived re-creation (drop_constraint / drop_table downgrades) then failed
        contains(fails(OK + "- add_foreign_key: {table: members, name: fk2, columns: [pool_code], "
                + "references: {table: pools, columns: [code]}, on_delete: set null}\n"
                + "- alter_column: {table: members, name: pool_code, nullable: false}\n", "E112", 3),
                "'set null' on NOT NULL column pool_code");
        contains(fails(OK + "- alter_column: {table: pools, name: id, nullable: true}\n", "E117", 2),
                "primary-key column");
    }

    @Test
    void keysForeignKeysRelyOnCannotBeDropped() {
        String fkOnIndex = OK + "- create_index: {name: ux_pools_name, table: pools, columns: [name], unique: true}\n"
                + "- add_column: {table: members, column: {name: pool_name, type: string(64)}}\n"
                + "- add_foreign_key: {table: members, name: fk2, columns: [pool_name], "
                + "references: {table: pools, columns: [name]}}\n";
        contains(fails(fkOnIndex + "- drop_index: {name: ux_pools_name}\n", "E120", 5),
                "foreign key members.fk2 relies on it");
        // while another key still covers the columns, either one may go
        OpFixture.apply(fkOnIndex + "- add_unique: {table: pools, name: uq_pools_name, columns: [name]}\n"
                + "- drop_index: {name: ux_pools_name}\n");
        OpFixture.apply(fkOnIndex + "- add_unique: {table: pools, name: uq_pools_name, columns: [name]}\n"
                + "- drop_constraint: {table: pools, name: uq_pools_name}\n");
    }

    @Test
    void autoincrementOnlyOnASingleColumnPrimaryKey() {
        contains(fails(OK + "- create_table: {name: t, columns: [{name: id, type: integer, primary_key: true}, "
                + "{name: n, type: integer, autoincrement: true}]}\n", "E108", 2), "single-column primary key");
        fails(OK + "- add_column: {table: pools, column: {name: n, type: integer, autoincrement: true}}\n", "E108", 2);
    }

    @Test
    void alterColumnRules() {
        fails(OK + "- alter_column: {table: pools, name: weight}\n", "E116", 2);
        fails(OK + "- alter_column: {table: pools, name: weight, type: integer}\n", "E116", 2);
        contains(fails(OK + "- alter_column: {table: members, name: pool_id, type: bigint}\n", "E117", 2),
                "cannot change the type of a key or foreign-key column");
        fails(OK + "- alter_column: {table: pools, name: id, type: bigint}\n", "E117", 2);
        fails(OK + "- alter_column: {table: pools, name: name, nullable: false, default: null}\n", "E116", 2);
        fails(OK + "- alter_column: {table: pools, name: weight, type: text, destructive: true}\n"
                + "- alter_column: {table: pools, name: weight, default: {expr: current_timestamp}}\n", "E109", 3);
    }
}
