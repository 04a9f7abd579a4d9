package org.sqlbundle.compiler.internal.render.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.ops.OpReader;
import org.sqlbundle.compiler.internal.render.MysqlFamilyParsing;
import org.sqlbundle.compiler.internal.render.Support;
import org.sqlbundle.compiler.internal.render.VocabularyScript;
import org.sqlbundle.compiler.internal.render.mariadb.MariadbRenderer;
import org.sqlbundle.compiler.testing.OpScript;

/**
 * MySQL 8.0 statements. No MySQL server runs here, so the vocabulary is pinned to the MariaDB output that
 * ran on MariaDB 10.11, except for the statements where MySQL 8.0's documented syntax differs.
 */
class MysqlRendererTest {

    private final MysqlRenderer mysql = new MysqlRenderer();
    private final MariadbRenderer mariadb = new MariadbRenderer();

    private static List<String> render(MysqlRenderer r, String yaml) {
        return OpScript.render(r, Schema.EMPTY, OpScript.ops(yaml)).statements();
    }

    @Test
    void theVocabularyMatchesMariadbExceptDropCheck() {
        var ops = VocabularyScript.ops();
        List<String> my = new ArrayList<>(OpScript.render(mysql, Schema.EMPTY, ops).statements());
        my.addAll(OpScript.renderReverse(mysql, Schema.EMPTY, ops).statements());
        List<String> maria = new ArrayList<>(OpScript.render(mariadb, Schema.EMPTY, ops).statements());
        maria.addAll(OpScript.renderReverse(mariadb, Schema.EMPTY, ops).statements());
        assertEquals(maria.size(), my.size());
        int differing = 0;
        for (int i = 0; i < my.size(); i++) {
            if (!my.get(i).equals(maria.get(i))) {
                differing++;
                assertEquals(maria.get(i).replace(" drop constraint ", " drop check "), my.get(i));
            }
        }
        assertEquals(2, differing);
        MysqlFamilyParsing.assertParses(my);
    }

    @Test
    void alterColumnRestatesTheWholeColumnFromTheModel() {
        List<String> sql = render(mysql, """
                - create_table: {name: t, columns: [{name: a, type: string(10), nullable: false, default: x, comment: "it's"}]}
                - alter_column: {table: t, name: a, type: string(20)}
                - alter_column: {table: t, name: a, default: null, nullable: true}
                - alter_column: {table: t, name: a, rename_to: b}
                """);
        assertEquals(List.of(
                "create table `t` (`a` varchar(10) not null default 'x' comment 'it''s')",
                "alter table `t` modify column `a` varchar(20) not null default 'x' comment 'it''s'",
                "alter table `t` modify column `a` varchar(20) null comment 'it''s'",
                "alter table `t` change column `a` `b` varchar(20) null comment 'it''s'"), sql);
        MysqlFamilyParsing.assertParses(sql);
    }

    @Test
    void constraintsAreDroppedByTheirKind() {
        List<String> sql = render(mysql, """
                - create_table: {name: p, columns: [{name: id, type: integer, primary_key: true}]}
                - create_table:
                    name: c
                    columns: [{name: id, type: integer}, {name: p_id, type: integer}]
                    foreign_keys: [{name: fk, columns: [p_id], references: {table: p, columns: [id]}}]
                    unique: [{name: uq, columns: [id]}]
                    checks: [{name: ck, expression: "id > 0"}]
                - drop_constraint: {table: c, name: fk}
                - drop_constraint: {table: c, name: uq}
                - drop_constraint: {table: c, name: ck}
                - create_index: {name: ix, table: c, columns: [p_id]}
                - drop_index: {name: ix}
                """);
        assertEquals(List.of(
                "alter table `c` drop foreign key `fk`",
                "alter table `c` drop index `uq`",
                "alter table `c` drop check `ck`",
                "create index `ix` on `c`(`p_id`)",
                "drop index `ix` on `c`"), sql.subList(2, sql.size()));
    }

    @Test
    void lobDefaultsAreParenthesisedExpressionsOnMysql() {
        assertEquals(List.of("create table `t` (`a` longtext null default ('x''y\\\\z'), `j` json null default ('{}'))"),
                render(mysql, "- create_table: {name: t, columns: [{name: a, type: text, default: \"x'y\\\\z\"}, "
                        + "{name: j, type: json, default: '{}'}]}"));
    }

    @Test
    void enumsAreInlinedAndCreateEnumRendersNothing() {
        List<String> sql = render(mysql, """
                - create_enum: {name: e, values: [a, "b'c"]}
                - create_table: {name: t, columns: [{name: x, type: enum(e), default: a}]}
                - drop_table: {name: t}
                - drop_enum: {name: e}
                """);
        assertEquals(List.of("create table `t` (`x` enum('a', 'b''c') null default 'a')", "drop table `t`"), sql);
        assertEquals(Support.Level.EMULATED, mysql.support("create_enum").level());
    }

    @Test
    void capabilities() {
        assertEquals("`a``b`", mysql.quote("a`b"));
        assertEquals("`order`", mysql.quote("order"));
        assertEquals("`a\"b`", mysql.quote("a\"b"));
        assertEquals(false, mysql.transactionalDdl());
        assertEquals(List.of("start transaction"), mysql.beginTransaction());
        assertEquals(List.of("create table if not exists `v` (`version_num` varchar(32) not null, "
                + "constraint `v_pkc` primary key (`version_num`))"), mysql.createVersionTable("v"));
        assertEquals(List.of("insert into `v` (`version_num`) values ('a')"),
                mysql.stamp("v", Optional.empty(), Optional.of("a")));
        assertEquals(List.of("delete from `v` where `version_num` = 'a'"),
                mysql.stamp("v", Optional.of("a"), Optional.empty()));
        for (String op : OpReader.OP_NAMES) {
            assertTrue(mysql.support(op).level() != Support.Level.REFUSED, op);
        }
    }

    @Test
    void jsqlparserReadsTheBookkeepingStatementsButItsKnownGaps() {
        List<String> sql = new ArrayList<>(mysql.createVersionTable("v"));
        sql.addAll(mysql.stamp("v", Optional.empty(), Optional.of("a")));
        sql.addAll(mysql.stamp("v", Optional.of("a"), Optional.of("b")));
        sql.addAll(mysql.stamp("v", Optional.of("b"), Optional.empty()));
        sql.addAll(mysql.beginTransaction());
        sql.addAll(mysql.commitTransaction());
        sql.addAll(mysql.guard("v", Optional.of("a")));
        MysqlFamilyParsing.assertParses(sql);
        MysqlFamilyParsing.assertGapsStillExist(List.of("alter table `t` drop foreign key `fk`",
                "alter table `t` drop check `ck`", "prepare sqlbundle_guard from @sqlbundle_guard",
                "deallocate prepare sqlbundle_guard", "start transaction"));
    }

    @Test
    void sqlOpIsPassedThroughTrimmedWithoutTerminator() {
        assertEquals(List.of("update t set a = 1;\nupdate t set b = 2"),
                render(mysql, "- sql: {sql: \"  update t set a = 1;\\nupdate t set b = 2;; \"}"));
    }
}
