-- sqlbundle 0.1.0: downgrade bundle for sqlite
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         2528ceb28230 -> base
-- features:      none
-- version table: sqlbundle_version
-- history table: sqlbundle_version_history
-- transactions:  one transaction per revision, including its stamp and history row
-- run with:      sqlite3 -bail <database file> < <this file>
-- revisions in this bundle (18), in the order they run:
--   2528ceb28230 [grizzly] grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
--   128e042a2b68 (skipped: feature not enabled) LBaaS: pool_member_counts view for the HAProxy agent's status report
--   45680af419f9 subnets.enable_dhcp: the API supplies the default, drop the server default
--   38335592a0dc agents: one agent of each type per host
--   263772d65691 networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
--   52ff27f7567a (skipped: feature not enabled) data fix: the HAProxy driver moved to the services.loadbalancer package
--   3a520dd165d0 (skipped: feature not enabled) seed the default LOADBALANCER service type served by the HAProxy agent driver
--   f489cf14a79c (skipped: feature not enabled) LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
--   5918cbddab04 security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
--   2032abe8edac (skipped: feature not enabled) LBaaS: a status_description on every load balancer object, for the agent's error text
--   1c33fa3cd1a1 extra routes on routers, the DHCP host routes table becomes subnetroutes
--   48b6f43f7471 service types: which plugin and driver serve each advanced service
--   4692d074d587 agent scheduler: bind networks to DHCP agents and routers to L3 agents
--   1b693c095aa3 per-tenant quotas in the database (quota driver DbQuotaDriver)
--   54c2c487e913 (skipped: feature not enabled) DB support for load balancing service (LBaaS with the HAProxy driver)
--   511471cc46b0 agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
--   3cb5d900c5de security groups: groups, rules and port bindings
--   8f682276ee4f [folsom] folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs

-- Session settings and the history table (created when missing), before anything else runs.
CREATE TABLE IF NOT EXISTS "sqlbundle_version_history" ("revision" VARCHAR(32) NOT NULL PRIMARY KEY, "checksum" VARCHAR(64) NOT NULL, "state" VARCHAR(16) NOT NULL);

-- Guard: stop before changing anything unless the database is at 2528ceb28230.
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle guard: database is not at version 2528ceb28230" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT count(*) FROM "sqlbundle_version") = 1 AND EXISTS (SELECT 1 FROM "sqlbundle_version" WHERE "version_num" = '2528ceb28230')) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash (statements of it may have run; stamp the revision the schema is really at): see SELECT * FROM ""sqlbundle_version_history"" WHERE ""state"" <> 'applied'" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (NOT EXISTS (SELECT * FROM "sqlbundle_version_history" WHERE "state" <> 'applied')) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";

-- ----------------------------------------------------------------------------
-- revision 1/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2528ceb28230', '53e90a40559935089d5167d87a22527d9a0fdb54c6051302e0cdcbca7bab111b', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2528ceb28230');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '2528ceb28230' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '2528ceb28230');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 2528ceb28230 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_index ix_ports_device_owner (2528ceb28230_grizzly.yaml:9:5)
DROP INDEX "ix_ports_device_owner";
-- drop_index ix_securitygroups_tenant_id (2528ceb28230_grizzly.yaml:8:5)
DROP INDEX "ix_securitygroups_tenant_id";
-- drop_index ix_floatingips_tenant_id (2528ceb28230_grizzly.yaml:7:5)
DROP INDEX "ix_floatingips_tenant_id";
-- drop_index ix_routers_tenant_id (2528ceb28230_grizzly.yaml:6:5)
DROP INDEX "ix_routers_tenant_id";
update "sqlbundle_version" set "version_num" = '128e042a2b68' where "version_num" = '2528ceb28230';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 2528ceb28230 to 128e042a2b68 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '2528ceb28230';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 2/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '128e042a2b68', '4737269baa9c67f453326a96da7db5c9dbb9fc42a660ae1344e052fe43efb697', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '128e042a2b68');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '128e042a2b68' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '128e042a2b68');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 128e042a2b68 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = '45680af419f9' where "version_num" = '128e042a2b68';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 128e042a2b68 to 45680af419f9 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '128e042a2b68';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 3/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '45680af419f9', '1b2f1ef8034022d5e2ed282487b9d76c12b4691eccd31e5a975390dbe8d7f0ac', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '45680af419f9');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '45680af419f9' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '45680af419f9');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 45680af419f9 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column subnets.enable_dhcp default true (45680af419f9_subnets_enable_dhcp_default.yaml:7:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table subnets, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_subnets" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "network_id" VARCHAR(36), "ip_version" INTEGER NOT NULL, "cidr" VARCHAR(64) NOT NULL, "gateway_ip" VARCHAR(64), "enable_dhcp" BOOLEAN DEFAULT 1, "shared" BOOLEAN, PRIMARY KEY ("id"), CONSTRAINT "fk_subnets_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_subnets" ("id", "tenant_id", "name", "network_id", "ip_version", "cidr", "gateway_ip", "enable_dhcp", "shared") SELECT "id", "tenant_id", "name", "network_id", "ip_version", "cidr", "gateway_ip", "enable_dhcp", "shared" FROM "subnets";
DROP TABLE "subnets";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_subnets" RENAME TO "subnets";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix_subnets_tenant_id" ON "subnets" ("tenant_id");
update "sqlbundle_version" set "version_num" = '38335592a0dc' where "version_num" = '45680af419f9';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 45680af419f9 to 38335592a0dc (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '45680af419f9';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 4/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '38335592a0dc', 'eab065707f1f5b613eafbb1bf4433e1d2c9dafa5cc7423da0035b971978427cd', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '38335592a0dc');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '38335592a0dc' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '38335592a0dc');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 38335592a0dc not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_index ix_agents_heartbeat_timestamp (38335592a0dc_agents_unique_type_host.yaml:6:5)
DROP INDEX "ix_agents_heartbeat_timestamp";
-- drop_constraint agents.uq_agents_agent_type_host (38335592a0dc_agents_unique_type_host.yaml:5:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table agents, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_agents" ("id" VARCHAR(36) NOT NULL, "agent_type" VARCHAR(255) NOT NULL, "binary" VARCHAR(255) NOT NULL, "topic" VARCHAR(255) NOT NULL, "host" VARCHAR(255) NOT NULL, "admin_state_up" BOOLEAN NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL, "started_at" DATETIME NOT NULL, "heartbeat_timestamp" DATETIME NOT NULL, "description" VARCHAR(255), "configurations" VARCHAR(4095) NOT NULL, PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_agents" ("id", "agent_type", "binary", "topic", "host", "admin_state_up", "created_at", "started_at", "heartbeat_timestamp", "description", "configurations") SELECT "id", "agent_type", "binary", "topic", "host", "admin_state_up", "created_at", "started_at", "heartbeat_timestamp", "description", "configurations" FROM "agents";
DROP TABLE "agents";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_agents" RENAME TO "agents";
PRAGMA legacy_alter_table = OFF;
update "sqlbundle_version" set "version_num" = '263772d65691' where "version_num" = '38335592a0dc';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 38335592a0dc to 263772d65691 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '38335592a0dc';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 5/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '263772d65691', 'e8f5be044624933e727eab57fa4b5d24201a79d82176ecfb442acb2ec5f5b055', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '263772d65691');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '263772d65691' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '263772d65691');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 263772d65691 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column networks.admin_state_up null, drop default (263772d65691_network_admin_state_not_null.yaml:14:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table networks, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_networks" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "status" VARCHAR(16), "admin_state_up" BOOLEAN, "shared" BOOLEAN, PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_networks" ("id", "tenant_id", "name", "status", "admin_state_up", "shared") SELECT "id", "tenant_id", "name", "status", "admin_state_up", "shared" FROM "networks";
DROP TABLE "networks";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_networks" RENAME TO "networks";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix_networks_tenant_id" ON "networks" ("tenant_id");
update "sqlbundle_version" set "version_num" = '52ff27f7567a' where "version_num" = '263772d65691';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 263772d65691 to 52ff27f7567a (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '263772d65691';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 6/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '52ff27f7567a', '5a31a242bbd942bf509fd74151b9de125360f4f373af389e281113f6882b6974', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '52ff27f7567a');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '52ff27f7567a' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '52ff27f7567a');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 52ff27f7567a not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = '3a520dd165d0' where "version_num" = '52ff27f7567a';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 52ff27f7567a to 3a520dd165d0 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '52ff27f7567a';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 7/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3a520dd165d0', '405a9105d74a877b330aadb7291d0392025b07fda5c8eb9cd1af1ec8ce1fd30f', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3a520dd165d0');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '3a520dd165d0' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '3a520dd165d0');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 3a520dd165d0 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = 'f489cf14a79c' where "version_num" = '3a520dd165d0';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 3a520dd165d0 to f489cf14a79c (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '3a520dd165d0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 8/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select 'f489cf14a79c', 'f0fc7227e486e768879b9906f5b760c24272e000776a474b35e20a3c631806f4', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = 'f489cf14a79c');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = 'f489cf14a79c' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = 'f489cf14a79c');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision f489cf14a79c not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = '5918cbddab04' where "version_num" = 'f489cf14a79c';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from f489cf14a79c to 5918cbddab04 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = 'f489cf14a79c';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 9/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '5918cbddab04', 'db115decb3c69526e6c2e318626f96337ee790e0a2af2342128c452ace2dccc9', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '5918cbddab04');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '5918cbddab04' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '5918cbddab04');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 5918cbddab04 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column securitygrouprules.remote_ip_prefix rename to source_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "remote_ip_prefix" TO "source_ip_prefix";
-- alter_column securitygrouprules.remote_group_id rename to source_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "remote_group_id" TO "source_group_id";
update "sqlbundle_version" set "version_num" = '2032abe8edac' where "version_num" = '5918cbddab04';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 5918cbddab04 to 2032abe8edac (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '5918cbddab04';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 10/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2032abe8edac', '0d156c03464e020d760b25f193e984929dc02878b0b796d440b71e279ab770e7', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2032abe8edac');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '2032abe8edac' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '2032abe8edac');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 2032abe8edac not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = '1c33fa3cd1a1' where "version_num" = '2032abe8edac';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 2032abe8edac to 1c33fa3cd1a1 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '2032abe8edac';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 11/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
-- DESTRUCTIVE: drops table routerroutes and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1c33fa3cd1a1', '1fadd30a8ad1e6f1a81aa57a31627f175125a130719033545c4e5ac4deab2f09', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1c33fa3cd1a1');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '1c33fa3cd1a1' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '1c33fa3cd1a1');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 1c33fa3cd1a1 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table routerroutes [DESTRUCTIVE] (1c33fa3cd1a1_extra_route_config.yaml:20:5)
DROP TABLE "routerroutes";
-- rename_table subnetroutes -> routes (1c33fa3cd1a1_extra_route_config.yaml:21:5)
ALTER TABLE "subnetroutes" RENAME TO "routes";
update "sqlbundle_version" set "version_num" = '48b6f43f7471' where "version_num" = '1c33fa3cd1a1';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 1c33fa3cd1a1 to 48b6f43f7471 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '1c33fa3cd1a1';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 12/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table servicedefinitions and all its rows
-- DESTRUCTIVE: drops table servicetypes and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '48b6f43f7471', 'a73a71b3ea0ad81576cb87f4821e4565f364f15a1fdc21e4564e19ea6f05e0c4', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '48b6f43f7471');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '48b6f43f7471' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '48b6f43f7471');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 48b6f43f7471 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table servicedefinitions [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:15:5)
DROP TABLE "servicedefinitions";
-- drop_table servicetypes [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:5:5)
DROP TABLE "servicetypes";
update "sqlbundle_version" set "version_num" = '4692d074d587' where "version_num" = '48b6f43f7471';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 48b6f43f7471 to 4692d074d587 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '48b6f43f7471';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 13/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table routerl3agentbindings and all its rows
-- DESTRUCTIVE: drops table networkdhcpagentbindings and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '4692d074d587', '912bdbb61eee52ad723c33ee8bce258a555a22618401f3f0e7e416729e68318a', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '4692d074d587');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '4692d074d587' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '4692d074d587');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 4692d074d587 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table routerl3agentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:20:5)
DROP TABLE "routerl3agentbindings";
-- drop_table networkdhcpagentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:5:5)
DROP TABLE "networkdhcpagentbindings";
update "sqlbundle_version" set "version_num" = '1b693c095aa3' where "version_num" = '4692d074d587';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 4692d074d587 to 1b693c095aa3 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '4692d074d587';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 14/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table quotas and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1b693c095aa3', '31e90f0792f7bcef32f42ae2d18a255cd101986eb144d2165e284c93c93a99e4', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1b693c095aa3');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '1b693c095aa3' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '1b693c095aa3');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 1b693c095aa3 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_index ix_quotas_tenant_id (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
DROP INDEX "ix_quotas_tenant_id";
-- drop_table quotas [DESTRUCTIVE] (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
DROP TABLE "quotas";
update "sqlbundle_version" set "version_num" = '54c2c487e913' where "version_num" = '1b693c095aa3';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 1b693c095aa3 to 54c2c487e913 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '1b693c095aa3';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 15/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '54c2c487e913', 'b3bbb83f9f685739afe8c1259d70cd712967cf02e89e685e4acd6884441bdb8c', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '54c2c487e913');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '54c2c487e913' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '54c2c487e913');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 54c2c487e913 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version" set "version_num" = '511471cc46b0' where "version_num" = '54c2c487e913';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 54c2c487e913 to 511471cc46b0 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '54c2c487e913';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 16/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table agents and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '511471cc46b0', '00d46f5efba9f38dbb78824f2924f55a426a51ce9e52b6919e4fcc4ef3db1b68', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '511471cc46b0');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '511471cc46b0' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '511471cc46b0');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 511471cc46b0 not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table agents [DESTRUCTIVE] (511471cc46b0_agent_ext_model_supp.yaml:5:5)
DROP TABLE "agents";
update "sqlbundle_version" set "version_num" = '3cb5d900c5de' where "version_num" = '511471cc46b0';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 511471cc46b0 to 3cb5d900c5de (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '511471cc46b0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 17/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table securitygroupportbindings and all its rows
-- DESTRUCTIVE: drops table securitygrouprules and all its rows
-- DESTRUCTIVE: drops table securitygroups and all its rows
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3cb5d900c5de', '1bc07fdc299ae057b9c0ed6f06f8ee2c52945d81eff822926ad470b0e1be562b', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3cb5d900c5de');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '3cb5d900c5de' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '3cb5d900c5de');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 3cb5d900c5de not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table securitygroupportbindings [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:35:5)
DROP TABLE "securitygroupportbindings";
-- drop_table securitygrouprules [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:13:5)
DROP TABLE "securitygrouprules";
-- drop_table securitygroups [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:6:5)
DROP TABLE "securitygroups";
-- drop_enum securitygrouprules_direction (3cb5d900c5de_security_groups.yaml:5:5)
update "sqlbundle_version" set "version_num" = '8f682276ee4f' where "version_num" = '3cb5d900c5de';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 3cb5d900c5de to 8f682276ee4f (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '3cb5d900c5de';
COMMIT;

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
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '8f682276ee4f', '6c1dd3125acf7a870144ac30353f66557e3ff6b71f688f3bb71ec4a797347db0', 'applied' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '8f682276ee4f');
update "sqlbundle_version_history" set "state" = 'reverting' where "revision" = '8f682276ee4f' and "state" = 'applied' and exists (select 1 from "sqlbundle_version" where "version_num" = '8f682276ee4f');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 8f682276ee4f not reverted: the database is no longer at it, or its row in sqlbundle_version_history is not applied (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- drop_table floatingips [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:135:5)
DROP TABLE "floatingips";
-- drop_table routers [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:120:5)
DROP TABLE "routers";
-- drop_table ipallocations [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:97:5)
DROP TABLE "ipallocations";
-- drop_index ix_ports_device_id (8f682276ee4f_folsom_initial.yaml:95:5)
DROP INDEX "ix_ports_device_id";
-- drop_index ix_ports_tenant_id (8f682276ee4f_folsom_initial.yaml:94:5)
DROP INDEX "ix_ports_tenant_id";
-- drop_table ports [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:75:5)
DROP TABLE "ports";
-- drop_table ipallocationpools [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:62:5)
DROP TABLE "ipallocationpools";
-- drop_table routes [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:49:5)
DROP TABLE "routes";
-- drop_table dnsnameservers [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:36:5)
DROP TABLE "dnsnameservers";
-- drop_index ix_subnets_tenant_id (8f682276ee4f_folsom_initial.yaml:34:5)
DROP INDEX "ix_subnets_tenant_id";
-- drop_table subnets [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:17:5)
DROP TABLE "subnets";
-- drop_index ix_networks_tenant_id (8f682276ee4f_folsom_initial.yaml:15:5)
DROP INDEX "ix_networks_tenant_id";
-- drop_table networks [DESTRUCTIVE] (8f682276ee4f_folsom_initial.yaml:6:5)
DROP TABLE "networks";
delete from "sqlbundle_version" where "version_num" = '8f682276ee4f';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 8f682276ee4f to base (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
delete from "sqlbundle_version_history" where "revision" = '8f682276ee4f';
COMMIT;

-- End of downgrade bundle: the database is now at base.
