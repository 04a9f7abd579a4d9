-- sqlbundle 0.1.0: downgrade bundle for mariadb
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         2528ceb28230 -> base
-- features:      lbaas
-- version table: sqlbundle_version
-- history table: sqlbundle_version_history
-- transactions:  DDL: none, mariadb commits every DDL statement by itself, a revision with DDL is marked started in the history table first and stamped with it in one transaction at its end, one without DDL runs in one transaction with its stamp
-- run with:      mariadb <database> < <this file>   (the client stops at the first error)
-- note:          MariaDB commits each DDL statement implicitly; a failed revision may be
--                half-applied. The version table always names the last COMPLETED revision;
--                the history table marks the cut-short one started, and every later
--                bundle stops on it until it is resolved (docs/online.md#after-a-crash).
-- revisions in this bundle (18), in the order they run:
--   2528ceb28230 [grizzly] grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
--   128e042a2b68 LBaaS: pool_member_counts view for the HAProxy agent's status report
--   45680af419f9 subnets.enable_dhcp: the API supplies the default, drop the server default
--   38335592a0dc agents: one agent of each type per host
--   263772d65691 networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
--   52ff27f7567a data fix: the HAProxy driver moved to the services.loadbalancer package
--   3a520dd165d0 seed the default LOADBALANCER service type served by the HAProxy agent driver
--   f489cf14a79c LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
--   5918cbddab04 security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
--   2032abe8edac LBaaS: a status_description on every load balancer object, for the agent's error text
--   1c33fa3cd1a1 extra routes on routers, the DHCP host routes table becomes subnetroutes
--   48b6f43f7471 service types: which plugin and driver serve each advanced service
--   4692d074d587 agent scheduler: bind networks to DHCP agents and routers to L3 agents
--   1b693c095aa3 per-tenant quotas in the database (quota driver DbQuotaDriver)
--   54c2c487e913 DB support for load balancing service (LBaaS with the HAProxy driver)
--   511471cc46b0 agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
--   3cb5d900c5de security groups: groups, rules and port bindings
--   8f682276ee4f [folsom] folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs

-- Session settings and the history table (created when missing), before anything else runs.
set @sqlbundle_old_sql_mode = @@session.sql_mode;
set session sql_mode = replace(replace(replace(@@session.sql_mode, 'NO_BACKSLASH_ESCAPES,', ''), ',NO_BACKSLASH_ESCAPES', ''), 'NO_BACKSLASH_ESCAPES', '');
create table if not exists `sqlbundle_version_history` (`revision` varchar(32) not null, `checksum` varchar(64) not null, `state` varchar(16) not null, constraint `sqlbundle_version_history_pkc` primary key (`revision`));

-- Guard: stop before changing anything unless the database is at 2528ceb28230.
set @sqlbundle_guard = if((select count(*) from `sqlbundle_version`) = 1 and (select count(*) from `sqlbundle_version` where `version_num` = '2528ceb28230') = 1, 'do 0', 'select `sqlbundle guard: database is not at version 2528ceb28230`');
prepare sqlbundle_guard from @sqlbundle_guard;
execute sqlbundle_guard;
deallocate prepare sqlbundle_guard;
set @sqlbundle_guard = (select if(count(*) = 0, 'do 0', concat('select `', 'sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash (statements of it may have run; stamp the revision the schema is really at): ', group_concat(replace(concat(`revision`, ' ', `state`), '`', '') order by `revision` separator ', '), '`')) from `sqlbundle_version_history` where `state` <> 'applied');
prepare sqlbundle_guard from @sqlbundle_guard;
execute sqlbundle_guard;
deallocate prepare sqlbundle_guard;

-- ----------------------------------------------------------------------------
-- revision 1/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
-- downgrade derived by sqlbundle from the upgrade ops
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '2528ceb28230', '53e90a40559935089d5167d87a22527d9a0fdb54c6051302e0cdcbca7bab111b', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '2528ceb28230');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '2528ceb28230' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '2528ceb28230');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 2528ceb28230 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_index ix_ports_device_owner (2528ceb28230_grizzly.yaml:9:5)
drop index `ix_ports_device_owner` on `ports`;
-- drop_index ix_securitygroups_tenant_id (2528ceb28230_grizzly.yaml:8:5)
drop index `ix_securitygroups_tenant_id` on `securitygroups`;
-- drop_index ix_floatingips_tenant_id (2528ceb28230_grizzly.yaml:7:5)
drop index `ix_floatingips_tenant_id` on `floatingips`;
-- drop_index ix_routers_tenant_id (2528ceb28230_grizzly.yaml:6:5)
drop index `ix_routers_tenant_id` on `routers`;
start transaction;
update `sqlbundle_version` set `version_num` = '128e042a2b68' where `version_num` = '2528ceb28230';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 2528ceb28230 to 128e042a2b68 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '2528ceb28230';
commit;

-- ----------------------------------------------------------------------------
-- revision 2/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
-- downgrade derived by sqlbundle from the upgrade ops
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '128e042a2b68', '4737269baa9c67f453326a96da7db5c9dbb9fc42a660ae1344e052fe43efb697', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '128e042a2b68');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '128e042a2b68' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '128e042a2b68');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 128e042a2b68 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_view pool_member_counts (128e042a2b68_lbaas_pool_member_view.yaml:8:5)
drop view `pool_member_counts`;
start transaction;
update `sqlbundle_version` set `version_num` = '45680af419f9' where `version_num` = '128e042a2b68';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 128e042a2b68 to 45680af419f9 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '128e042a2b68';
commit;

-- ----------------------------------------------------------------------------
-- revision 3/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '45680af419f9', '1b2f1ef8034022d5e2ed282487b9d76c12b4691eccd31e5a975390dbe8d7f0ac', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '45680af419f9');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '45680af419f9' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '45680af419f9');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 45680af419f9 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column subnets.enable_dhcp default true (45680af419f9_subnets_enable_dhcp_default.yaml:7:5)
alter table `subnets` modify column `enable_dhcp` tinyint(1) null default true;
start transaction;
update `sqlbundle_version` set `version_num` = '38335592a0dc' where `version_num` = '45680af419f9';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 45680af419f9 to 38335592a0dc (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '45680af419f9';
commit;

-- ----------------------------------------------------------------------------
-- revision 4/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
-- downgrade derived by sqlbundle from the upgrade ops
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '38335592a0dc', 'eab065707f1f5b613eafbb1bf4433e1d2c9dafa5cc7423da0035b971978427cd', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '38335592a0dc');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '38335592a0dc' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '38335592a0dc');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 38335592a0dc not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_index ix_agents_heartbeat_timestamp (38335592a0dc_agents_unique_type_host.yaml:6:5)
drop index `ix_agents_heartbeat_timestamp` on `agents`;
-- drop_constraint agents.uq_agents_agent_type_host (38335592a0dc_agents_unique_type_host.yaml:5:5)
alter table `agents` drop index `uq_agents_agent_type_host`;
start transaction;
update `sqlbundle_version` set `version_num` = '263772d65691' where `version_num` = '38335592a0dc';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 38335592a0dc to 263772d65691 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '38335592a0dc';
commit;

-- ----------------------------------------------------------------------------
-- revision 5/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '263772d65691', 'e8f5be044624933e727eab57fa4b5d24201a79d82176ecfb442acb2ec5f5b055', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '263772d65691');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '263772d65691' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '263772d65691');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 263772d65691 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column networks.admin_state_up null, drop default (263772d65691_network_admin_state_not_null.yaml:14:5)
alter table `networks` modify column `admin_state_up` tinyint(1) null;
start transaction;
update `sqlbundle_version` set `version_num` = '52ff27f7567a' where `version_num` = '263772d65691';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 263772d65691 to 52ff27f7567a (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '263772d65691';
commit;

-- ----------------------------------------------------------------------------
-- revision 6/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '52ff27f7567a', '5a31a242bbd942bf509fd74151b9de125360f4f373af389e281113f6882b6974', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '52ff27f7567a');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '52ff27f7567a' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '52ff27f7567a');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 52ff27f7567a not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- sql UPDATE servicedefinitions SET driver = 'quantum.plugins.s... (52ff27f7567a_haproxy_driver_path.yaml:20:5)
UPDATE servicedefinitions SET driver = 'quantum.plugins.services.agent_loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver' WHERE driver = 'quantum.services.loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver';
update `sqlbundle_version` set `version_num` = '3a520dd165d0' where `version_num` = '52ff27f7567a';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 52ff27f7567a to 3a520dd165d0 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '52ff27f7567a';
commit;

-- ----------------------------------------------------------------------------
-- revision 7/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: deletes rows from servicedefinitions
-- DESTRUCTIVE: deletes rows from servicetypes
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '3a520dd165d0', '405a9105d74a877b330aadb7291d0392025b07fda5c8eb9cd1af1ec8ce1fd30f', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '3a520dd165d0');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '3a520dd165d0' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '3a520dd165d0');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 3a520dd165d0 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- delete from servicedefinitions (1 key) [DESTRUCTIVE] (3a520dd165d0_seed_lbaas_service_type.yaml:14:5)
delete from `servicedefinitions` where `id` = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
-- delete from servicetypes (1 key) [DESTRUCTIVE] (3a520dd165d0_seed_lbaas_service_type.yaml:6:5)
delete from `servicetypes` where `id` = '5a8b6f6a-7b8c-4d2e-9f10-3c4d5e6f7a8b';
update `sqlbundle_version` set `version_num` = 'f489cf14a79c' where `version_num` = '3a520dd165d0';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 3a520dd165d0 to f489cf14a79c (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '3a520dd165d0';
commit;

-- ----------------------------------------------------------------------------
-- revision 8/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: changes healthmonitors.url_path from string(1024) to string(255), which can truncate or reject existing values
-- DESTRUCTIVE: changes poolstatisticss.bytes_out from bigint to integer, which can truncate or reject existing values
-- DESTRUCTIVE: changes poolstatisticss.bytes_in from bigint to integer, which can truncate or reject existing values
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select 'f489cf14a79c', 'f0fc7227e486e768879b9906f5b760c24272e000776a474b35e20a3c631806f4', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = 'f489cf14a79c');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = 'f489cf14a79c' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = 'f489cf14a79c');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision f489cf14a79c not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column healthmonitors.expected_codes drop default (f489cf14a79c_lbaas_statistics_and_members.yaml:17:5)
alter table `healthmonitors` modify column `expected_codes` varchar(64) null;
-- alter_column healthmonitors.url_path type string(255), drop default [DESTRUCTIVE] (f489cf14a79c_lbaas_statistics_and_members.yaml:16:5)
alter table `healthmonitors` modify column `url_path` varchar(255) null;
-- alter_column healthmonitors.http_method drop default (f489cf14a79c_lbaas_statistics_and_members.yaml:14:5)
alter table `healthmonitors` modify column `http_method` varchar(16) null;
-- drop_constraint members.ck_members_weight (f489cf14a79c_lbaas_statistics_and_members.yaml:13:5)
alter table `members` drop constraint `ck_members_weight`;
-- drop_constraint members.uq_members_pool_id_address_protocol_port (f489cf14a79c_lbaas_statistics_and_members.yaml:9:5)
alter table `members` add index if not exists `fk_members_pool_id` (`pool_id`);
alter table `members` drop index `uq_members_pool_id_address_protocol_port`;
-- alter_column poolstatisticss.bytes_out type integer [DESTRUCTIVE] (f489cf14a79c_lbaas_statistics_and_members.yaml:8:5)
alter table `poolstatisticss` modify column `bytes_out` int not null;
-- alter_column poolstatisticss.bytes_in type integer [DESTRUCTIVE] (f489cf14a79c_lbaas_statistics_and_members.yaml:7:5)
alter table `poolstatisticss` modify column `bytes_in` int not null;
start transaction;
update `sqlbundle_version` set `version_num` = '5918cbddab04' where `version_num` = 'f489cf14a79c';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from f489cf14a79c to 5918cbddab04 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = 'f489cf14a79c';
commit;

-- ----------------------------------------------------------------------------
-- revision 9/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
-- downgrade derived by sqlbundle from the upgrade ops
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '5918cbddab04', 'db115decb3c69526e6c2e318626f96337ee790e0a2af2342128c452ace2dccc9', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '5918cbddab04');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '5918cbddab04' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '5918cbddab04');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 5918cbddab04 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column securitygrouprules.remote_ip_prefix rename to source_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
alter table `securitygrouprules` change column `remote_ip_prefix` `source_ip_prefix` varchar(255) null;
-- alter_column securitygrouprules.remote_group_id rename to source_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
alter table `securitygrouprules` change column `remote_group_id` `source_group_id` varchar(36) null;
start transaction;
update `sqlbundle_version` set `version_num` = '2032abe8edac' where `version_num` = '5918cbddab04';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 5918cbddab04 to 2032abe8edac (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '5918cbddab04';
commit;

-- ----------------------------------------------------------------------------
-- revision 10/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops column healthmonitors.status_description and its data
-- DESTRUCTIVE: drops column members.status_description and its data
-- DESTRUCTIVE: drops column pools.status_description and its data
-- DESTRUCTIVE: drops column vips.status_description and its data
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '2032abe8edac', '0d156c03464e020d760b25f193e984929dc02878b0b796d440b71e279ab770e7', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '2032abe8edac');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '2032abe8edac' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '2032abe8edac');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 2032abe8edac not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_column healthmonitors.status_description [DESTRUCTIVE] (2032abe8edac_lbaas_status_description.yaml:9:5)
alter table `healthmonitors` drop `status_description`;
-- drop_column members.status_description [DESTRUCTIVE] (2032abe8edac_lbaas_status_description.yaml:8:5)
alter table `members` drop `status_description`;
-- drop_column pools.status_description [DESTRUCTIVE] (2032abe8edac_lbaas_status_description.yaml:7:5)
alter table `pools` drop `status_description`;
-- drop_column vips.status_description [DESTRUCTIVE] (2032abe8edac_lbaas_status_description.yaml:6:5)
alter table `vips` drop `status_description`;
start transaction;
update `sqlbundle_version` set `version_num` = '1c33fa3cd1a1' where `version_num` = '2032abe8edac';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 2032abe8edac to 1c33fa3cd1a1 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '2032abe8edac';
commit;

-- ----------------------------------------------------------------------------
-- revision 11/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
-- DESTRUCTIVE: drops table routerroutes and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '1c33fa3cd1a1', '1fadd30a8ad1e6f1a81aa57a31627f175125a130719033545c4e5ac4deab2f09', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '1c33fa3cd1a1');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '1c33fa3cd1a1' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '1c33fa3cd1a1');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 1c33fa3cd1a1 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table routerroutes [DESTRUCTIVE] (1c33fa3cd1a1_extra_route_config.yaml:20:5)
drop table `routerroutes`;
-- rename_table subnetroutes -> routes (1c33fa3cd1a1_extra_route_config.yaml:21:5)
alter table `subnetroutes` rename to `routes`;
start transaction;
update `sqlbundle_version` set `version_num` = '48b6f43f7471' where `version_num` = '1c33fa3cd1a1';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 1c33fa3cd1a1 to 48b6f43f7471 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '1c33fa3cd1a1';
commit;

-- ----------------------------------------------------------------------------
-- revision 12/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table servicedefinitions and all its rows
-- DESTRUCTIVE: drops table servicetypes and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '48b6f43f7471', 'a73a71b3ea0ad81576cb87f4821e4565f364f15a1fdc21e4564e19ea6f05e0c4', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '48b6f43f7471');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '48b6f43f7471' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '48b6f43f7471');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 48b6f43f7471 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table servicedefinitions [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:15:5)
drop table `servicedefinitions`;
-- drop_table servicetypes [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:5:5)
drop table `servicetypes`;
start transaction;
update `sqlbundle_version` set `version_num` = '4692d074d587' where `version_num` = '48b6f43f7471';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 48b6f43f7471 to 4692d074d587 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '48b6f43f7471';
commit;

-- ----------------------------------------------------------------------------
-- revision 13/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table routerl3agentbindings and all its rows
-- DESTRUCTIVE: drops table networkdhcpagentbindings and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '4692d074d587', '912bdbb61eee52ad723c33ee8bce258a555a22618401f3f0e7e416729e68318a', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '4692d074d587');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '4692d074d587' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '4692d074d587');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 4692d074d587 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table routerl3agentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:20:5)
drop table `routerl3agentbindings`;
-- drop_table networkdhcpagentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:5:5)
drop table `networkdhcpagentbindings`;
start transaction;
update `sqlbundle_version` set `version_num` = '1b693c095aa3' where `version_num` = '4692d074d587';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 4692d074d587 to 1b693c095aa3 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '4692d074d587';
commit;

-- ----------------------------------------------------------------------------
-- revision 14/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table quotas and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '1b693c095aa3', '31e90f0792f7bcef32f42ae2d18a255cd101986eb144d2165e284c93c93a99e4', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '1b693c095aa3');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '1b693c095aa3' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '1b693c095aa3');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 1b693c095aa3 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_index ix_quotas_tenant_id (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
drop index `ix_quotas_tenant_id` on `quotas`;
-- drop_table quotas [DESTRUCTIVE] (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
drop table `quotas`;
start transaction;
update `sqlbundle_version` set `version_num` = '54c2c487e913' where `version_num` = '1b693c095aa3';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 1b693c095aa3 to 54c2c487e913 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '1b693c095aa3';
commit;

-- ----------------------------------------------------------------------------
-- revision 15/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table poolstatisticss and all its rows
-- DESTRUCTIVE: drops table members and all its rows
-- DESTRUCTIVE: drops table poolmonitorassociations and all its rows
-- DESTRUCTIVE: drops table healthmonitors and all its rows
-- DESTRUCTIVE: drops table pools and all its rows
-- DESTRUCTIVE: drops table sessionpersistences and all its rows
-- DESTRUCTIVE: drops table vips and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '54c2c487e913', 'b3bbb83f9f685739afe8c1259d70cd712967cf02e89e685e4acd6884441bdb8c', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '54c2c487e913');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '54c2c487e913' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '54c2c487e913');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 54c2c487e913 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table poolstatisticss [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:116:5)
drop table `poolstatisticss`;
-- drop_table members [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:99:5)
drop table `members`;
-- drop_table poolmonitorassociations [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:83:5)
drop table `poolmonitorassociations`;
-- drop_table healthmonitors [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:68:5)
drop table `healthmonitors`;
-- drop_index ix_pools_tenant_id (54c2c487e913_lbaas.yaml:66:5)
drop index `ix_pools_tenant_id` on `pools`;
-- drop_table pools [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:48:5)
drop table `pools`;
-- drop_table sessionpersistences [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:35:5)
drop table `sessionpersistences`;
-- drop_index ix_vips_tenant_id (54c2c487e913_lbaas.yaml:33:5)
drop index `ix_vips_tenant_id` on `vips`;
-- drop_table vips [DESTRUCTIVE] (54c2c487e913_lbaas.yaml:11:5)
drop table `vips`;
-- drop_enum healthmonitors_type (54c2c487e913_lbaas.yaml:9:5)
-- drop_enum sessionpersistences_type (54c2c487e913_lbaas.yaml:8:5)
-- drop_enum lb_methods (54c2c487e913_lbaas.yaml:7:5)
-- drop_enum lb_protocols (54c2c487e913_lbaas.yaml:6:5)
start transaction;
update `sqlbundle_version` set `version_num` = '511471cc46b0' where `version_num` = '54c2c487e913';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 54c2c487e913 to 511471cc46b0 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '54c2c487e913';
commit;

-- ----------------------------------------------------------------------------
-- revision 16/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table agents and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '511471cc46b0', '00d46f5efba9f38dbb78824f2924f55a426a51ce9e52b6919e4fcc4ef3db1b68', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '511471cc46b0');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '511471cc46b0' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '511471cc46b0');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 511471cc46b0 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table agents [DESTRUCTIVE] (511471cc46b0_agent_ext_model_supp.yaml:5:5)
drop table `agents`;
start transaction;
update `sqlbundle_version` set `version_num` = '3cb5d900c5de' where `version_num` = '511471cc46b0';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 511471cc46b0 to 3cb5d900c5de (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '511471cc46b0';
commit;

-- ----------------------------------------------------------------------------
-- revision 17/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table securitygroupportbindings and all its rows
-- DESTRUCTIVE: drops table securitygrouprules and all its rows
-- DESTRUCTIVE: drops table securitygroups and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '3cb5d900c5de', '1bc07fdc299ae057b9c0ed6f06f8ee2c52945d81eff822926ad470b0e1be562b', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '3cb5d900c5de');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '3cb5d900c5de' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '3cb5d900c5de');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 3cb5d900c5de not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table securitygroupportbindings [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:35:5)
drop table `securitygroupportbindings`;
-- drop_table securitygrouprules [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:13:5)
drop table `securitygrouprules`;
-- drop_table securitygroups [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:6:5)
drop table `securitygroups`;
-- drop_enum securitygrouprules_direction (3cb5d900c5de_security_groups.yaml:5:5)
start transaction;
update `sqlbundle_version` set `version_num` = '8f682276ee4f' where `version_num` = '3cb5d900c5de';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 3cb5d900c5de to 8f682276ee4f (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '3cb5d900c5de';
commit;

-- ----------------------------------------------------------------------------
-- revision 18/18: 8f682276ee4f [folsom] (parent base)
-- message: folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table floatingips and all its rows
-- DESTRUCTIVE: drops table routers and all its rows
-- DESTRUCTIVE: drops table ipallocations and all its rows
-- DESTRUCTIVE: drops table ports and all its rows
-- DESTRUCTIVE: drops table ipallocationpools and all its rows
-- DESTRUCTIVE: drops table routes and all its rows
-- DESTRUCTIVE: drops table dnsnameservers and all its rows
-- DESTRUCTIVE: drops table subnets and all its rows
-- DESTRUCTIVE: drops table networks and all its rows
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '8f682276ee4f', '6c1dd3125acf7a870144ac30353f66557e3ff6b71f688f3bb71ec4a797347db0', 'applied' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '8f682276ee4f');
update `sqlbundle_version_history` set `state` = 'reverting' where `revision` = '8f682276ee4f' and `state` = 'applied' and exists (select 1 from `sqlbundle_version` where `version_num` = '8f682276ee4f');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 8f682276ee4f not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- drop_table floatingips [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:135:5)
drop table `floatingips`;
-- drop_table routers [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:120:5)
drop table `routers`;
-- drop_table ipallocations [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:97:5)
drop table `ipallocations`;
-- drop_index ix_ports_device_id (8f682276ee4f_folsom_initial.yaml:95:5)
drop index `ix_ports_device_id` on `ports`;
-- drop_index ix_ports_tenant_id (8f682276ee4f_folsom_initial.yaml:94:5)
drop index `ix_ports_tenant_id` on `ports`;
-- drop_table ports [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:75:5)
drop table `ports`;
-- drop_table ipallocationpools [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:62:5)
drop table `ipallocationpools`;
-- drop_table routes [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:49:5)
drop table `routes`;
-- drop_table dnsnameservers [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:36:5)
drop table `dnsnameservers`;
-- drop_index ix_subnets_tenant_id (8f682276ee4f_folsom_initial.yaml:34:5)
drop index `ix_subnets_tenant_id` on `subnets`;
-- drop_table subnets [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:17:5)
drop table `subnets`;
-- drop_index ix_networks_tenant_id (8f682276ee4f_folsom_initial.yaml:15:5)
drop index `ix_networks_tenant_id` on `networks`;
-- drop_table networks [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:6:5)
drop table `networks`;
start transaction;
delete from `sqlbundle_version` where `version_num` = '8f682276ee4f';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 8f682276ee4f to base (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
delete from `sqlbundle_version_history` where `revision` = '8f682276ee4f';
commit;
set session sql_mode = @sqlbundle_old_sql_mode;

-- End of downgrade bundle: the database is now at base.
