package org.sqlbundle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.Dialect;

class TransactionBlocksTest {

    /** The groups' statements' lines: one list per group. */
    private static List<List<Integer>> groups(String script) {
        return TransactionBlocks.of(StatementSplitter.forDialect(Dialect.POSTGRESQL).split(script)).stream()
                .map(g -> g.stream().map(ScriptStatement::line).toList()).toList();
    }

    @Test
    void aBlockFromBeginToCommitIsOneGroupAndStatementsOutsideStayAlone() {
        assertEquals(List.of(List.of(1), List.of(2, 4, 5, 6), List.of(7)), groups("""
                create table if not exists v (n int);
                begin;
                -- a comment before a statement is not its first word
                alter table v add m int;
                insert into v values (1, 2);
                commit;
                insert into v values (3, 4);
                """));
    }

    @Test
    void everyWayOfEndingABlockEndsTheGroup() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9), List.of(10, 11)), groups("""
                BEGIN;
                CREATE TABLE a (x int);
                END;
                START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
                CREATE TABLE b (x int);
                ROLLBACK;
                begin work;
                create table c (x int);
                ABORT;
                begin;
                PREPARE TRANSACTION 'p';
                """));
    }

    /** Ending a group too early only costs a round trip; running past a block's end would change what commits. */
    @Test
    void rollbackToASavepointAndSqlPrepareEndTheGroupToo() {
        assertEquals(List.of(List.of(1, 2, 3, 4), List.of(5), List.of(6), List.of(7, 8), List.of(9)), groups("""
                begin;
                savepoint s;
                create table a (x int);
                rollback to savepoint s;
                create table b (x int);
                commit;
                begin;
                prepare q as select 1;
                commit;
                """));
    }

    @Test
    void aBlockLeftOpenRunsToTheEndOfTheScript() {
        assertEquals(List.of(List.of(1), List.of(2, 3)), groups("select 1;\nbegin;\ncreate table a (x int);\n"));
    }

    @Test
    void aBeginOrCommitInsideAStatementIsNoBlock() {
        assertEquals(List.of(List.of(1), List.of(2)), groups("""
                do $$ begin perform 1; commit; end $$;
                select 1 as "begin", 'commit' as note;
                """));
    }
}
