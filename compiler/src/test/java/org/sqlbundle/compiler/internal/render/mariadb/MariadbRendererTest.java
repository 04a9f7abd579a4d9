package org.sqlbundle.compiler.internal.render.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.render.MysqlFamilyParsing;
import org.sqlbundle.compiler.internal.render.VocabularyScript;
import org.sqlbundle.compiler.testing.OpScript;
import org.sqlbundle.errors.SqlbundleException;

/**
 * MariaDB statements, compared with the exact SQL that ran, forward then reverse, on MariaDB 10.11
 * (mariadb client in the local mariadb:10.11 container: both scripts exit 0, the database ends empty).
 */
class MariadbRendererTest {

    static final String FORWARD = """
create table `group` (`tenant` varchar(36) not null, `id` int not null, `na"me` varchar(50) not null default 'o''neil' comment 'the ''name''', `created` datetime not null default current_timestamp(), primary key (`tenant`, `id`))
alter table `group` comment = 'it''s a "group"'
create table `user` (`id` bigint not null auto_increment, `tenant` varchar(36) not null, `group_id` int not null, `mood` enum('happy', 'it''s ok') null default 'happy', `active` tinyint(1) not null default true, `score` decimal(10, 2) null default 1.50, `bio` longtext null comment 'free text, it''s long', `data` json null, `avatar` longblob null, `born` date null, `seen` datetime null, `ratio` float null, `weight` double null, `rank` smallint null, primary key (`id`), constraint `uq_user_rank` unique (`rank`), constraint `ck_user_weight` check ((weight >= 0)), constraint `fk_user_group` foreign key (`tenant`, `group_id`) references `group` (`tenant`, `id`) on delete cascade)
alter table `user` rename to `order`
alter table `order` add `note` varchar(20) null default 'a''b' comment 'it''s a note'
alter table `order` modify column `note` varchar(40) not null default 'c''d' comment 'it''s a note'
alter table `order` change column `note` `remark` varchar(40) not null default 'c''d' comment 'it''s a note'
alter table `order` modify column `mood` enum('happy', 'it''s ok') null
create index `ix_order_tenant` on `order`(`tenant`, `remark`)
create unique index `ux_order_born` on `order`(`born`)
alter table `order` add constraint `uq_order_seen` unique (`seen`)
alter table `order` add constraint `ck_order_score` check ((score >= 0))
create table `tag` (`id` int not null, `order_id` bigint null, primary key (`id`)) engine = MyISAM default character set utf8mb4 collate utf8mb4_unicode_ci
alter table `tag` engine = InnoDB, convert to character set latin1
alter table `tag` add constraint `fk_tag_order` foreign key (`order_id`) references `order` (`id`) on delete set null
create view `v_order` as select `id`, `tenant` from `order`
insert into `group` (`tenant`, `id`, `na"me`) values ('t''1', 1, 'it''s')
insert into `order` (`id`, `tenant`, `group_id`, `mood`, `remark`, `data`) values (10, 't''1', 1, 'it''s ok', 'x\\\\y''z', '{"a": 1}')
delete from `group` where (`tenant` = 't''1' and `id` = 1)
update `group` set `id` = `id`
alter table `order` modify column `mood` enum('it''s "new"', 'happy', 'it''s ok') null
set @sqlbundle_guard = if((select count(*) from `order` where `mood` = 'it''s "new"') = 0, 'do 0', 'select `sqlbundle: drop_enum_value mood ''it''s "new"'': rows of order.mood hold the value; update or delete them first`')
prepare sqlbundle_guard from @sqlbundle_guard
execute sqlbundle_guard
deallocate prepare sqlbundle_guard
alter table `order` modify column `mood` enum('happy', 'it''s ok') null
alter table `order` drop constraint `ck_order_score`
alter table `order` drop index `uq_order_seen`
alter table `tag` drop foreign key `fk_tag_order`
alter table `tag` drop primary key
alter table `tag` add primary key (`id`)
drop index `ux_order_born` on `order`
drop view `v_order`
alter table `order` drop `avatar`
drop table `tag`
""";

    static final String REVERSE = """
create table `tag` (`id` int not null, `order_id` bigint null, constraint `pk_tag` primary key (`id`)) engine = InnoDB default character set latin1
alter table `order` add `avatar` longblob null
create view `v_order` as select `id`, `tenant` from `order`
create unique index `ux_order_born` on `order`(`born`)
alter table `tag` drop primary key
alter table `tag` add primary key (`id`)
alter table `tag` add constraint `fk_tag_order` foreign key (`order_id`) references `order` (`id`) on delete set null
alter table `order` add constraint `uq_order_seen` unique (`seen`)
alter table `order` add constraint `ck_order_score` check ((score >= 0))
alter table `order` modify column `mood` enum('it''s "new"', 'happy', 'it''s ok') null
set @sqlbundle_guard = if((select count(*) from `order` where `mood` = 'it''s "new"') = 0, 'do 0', 'select `sqlbundle: drop_enum_value mood ''it''s "new"'': rows of order.mood hold the value; update or delete them first`')
prepare sqlbundle_guard from @sqlbundle_guard
execute sqlbundle_guard
deallocate prepare sqlbundle_guard
alter table `order` modify column `mood` enum('happy', 'it''s ok') null
delete from `order` where `id` = 10
delete from `group` where (`tenant` = 't''1' and `id` = 1)
drop view `v_order`
alter table `tag` drop foreign key `fk_tag_order`
alter table `tag` engine = MyISAM, convert to character set utf8mb4 collate utf8mb4_unicode_ci
drop table `tag`
alter table `order` drop constraint `ck_order_score`
alter table `order` drop index `uq_order_seen`
drop index `ux_order_born` on `order`
drop index `ix_order_tenant` on `order`
alter table `order` modify column `mood` enum('happy', 'it''s ok') null default 'happy'
alter table `order` change column `remark` `note` varchar(40) not null default 'c''d' comment 'it''s a note'
alter table `order` modify column `note` varchar(20) null default 'a''b' comment 'it''s a note'
alter table `order` drop `note`
alter table `order` rename to `user`
drop table `user`
drop table `group`
""";

    private final MariadbRenderer renderer = new MariadbRenderer();

    @Test
    void everyOpRendersTheVerifiedStatements() {
        assertEquals(FORWARD.lines().toList(),
                OpScript.render(renderer, Schema.EMPTY, VocabularyScript.ops()).statements());
    }

    @Test
    void everyDerivedReverseRendersTheVerifiedStatements() {
        assertEquals(REVERSE.lines().toList(),
                OpScript.renderReverse(renderer, Schema.EMPTY, VocabularyScript.ops()).statements());
    }

    @Test
    void jsqlparserReadsEveryOpStatement() {
        MysqlFamilyParsing.assertParses(FORWARD.lines().toList());
        MysqlFamilyParsing.assertParses(REVERSE.lines().toList());
    }

    @Test
    void checksAreDroppedAsConstraints() {
        var ops = OpScript.ops("""
                - create_table: {name: t, columns: [{name: a, type: integer}], checks: [{name: ck, expression: "a > 0"}]}
                - drop_constraint: {table: t, name: ck}
                """);
        assertEquals("alter table `t` drop constraint `ck`",
                OpScript.render(renderer, Schema.EMPTY, ops).statements().get(1));
    }

    @Test
    void textDefaultsAreLiteralsOnMariadb() {
        var ops = OpScript.ops("- create_table: {name: t, columns: [{name: a, type: text, default: \"x'y\"}]}");
        assertEquals(List.of("create table `t` (`a` longtext null default 'x''y')"),
                OpScript.render(renderer, Schema.EMPTY, ops).statements());
    }

    @Test
    void guardAndStampStatementsAreTheVerifiedOnes() {
        assertEquals(List.of(
                "set @sqlbundle_guard = if((select count(*) from `v`) = 1 and (select count(*) from `v` where "
                        + "`version_num` = 'a''1\\\\x') = 1, 'do 0', 'select `sqlbundle guard: database is not at version "
                        + "a''1\\\\x`')",
                "prepare sqlbundle_guard from @sqlbundle_guard",
                "execute sqlbundle_guard",
                "deallocate prepare sqlbundle_guard"), renderer.guard("v", Optional.of("a'1\\x")));
        assertTrue(renderer.guard("v", Optional.empty()).get(0).contains(
                "if((select count(*) from `v`) = 0, 'do 0', 'select `sqlbundle guard: database is not at base"));
        assertEquals(List.of("update `v` set `version_num` = 'b' where `version_num` = 'a'"),
                renderer.stamp("v", Optional.of("a"), Optional.of("b")));
    }

    @Test
    void keyingATextColumnIsRefusedWithThePosition() {
        var ops = OpScript.ops("""
                - create_table: {name: t, columns: [{name: a, type: text}]}
                - create_index: {name: ix, table: t, columns: [a]}
                """);
        SqlbundleException e = assertThrows(SqlbundleException.class,
                () -> OpScript.render(renderer, Schema.EMPTY, ops));
        assertTrue(e.getMessage().contains("test.yaml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("create_index on mariadb"), e.getMessage());
    }
}
