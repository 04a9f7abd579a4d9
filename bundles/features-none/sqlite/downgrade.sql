-- sqlbundle 0.1.0: downgrade bundle for sqlite
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         2528ceb28230 -> base
-- features:      none
-- version table: sqlbundle_version
-- transactions:  one transaction per revision, including its stamp
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

-- Guard: stop before changing anything unless the database is at 2528ceb28230.
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle guard: database is not at version 2528ceb28230" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT count(*) FROM "sqlbundle_version") = 1 AND EXISTS (SELECT 1 FROM "sqlbundle_version" WHERE "version_num" = '2528ceb28230')) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";

-- ----------------------------------------------------------------------------
-- revision 1/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
-- drop_index ix_ports_device_owner (2528ceb28230_grizzly.yaml:9:5)
DROP INDEX "ix_ports_device_owner";
-- drop_index ix_securitygroups_tenant_id (2528ceb28230_grizzly.yaml:8:5)
DROP INDEX "ix_securitygroups_tenant_id";
-- drop_index ix_floatingips_tenant_id (2528ceb28230_grizzly.yaml:7:5)
DROP INDEX "ix_floatingips_tenant_id";
-- drop_index ix_routers_tenant_id (2528ceb28230_grizzly.yaml:6:5)
DROP INDEX "ix_routers_tenant_id";
UPDATE "sqlbundle_version" SET "version_num" = '128e042a2b68' WHERE "version_num" = '2528ceb28230';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 2/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = '45680af419f9' WHERE "version_num" = '128e042a2b68';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 3/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
BEGIN;
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
UPDATE "sqlbundle_version" SET "version_num" = '38335592a0dc' WHERE "version_num" = '45680af419f9';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 4/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
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
UPDATE "sqlbundle_version" SET "version_num" = '263772d65691' WHERE "version_num" = '38335592a0dc';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 5/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
BEGIN;
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
UPDATE "sqlbundle_version" SET "version_num" = '52ff27f7567a' WHERE "version_num" = '263772d65691';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 6/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = '3a520dd165d0' WHERE "version_num" = '52ff27f7567a';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 7/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = 'f489cf14a79c' WHERE "version_num" = '3a520dd165d0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 8/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = '5918cbddab04' WHERE "version_num" = 'f489cf14a79c';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 9/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
-- alter_column securitygrouprules.remote_ip_prefix rename to source_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "remote_ip_prefix" TO "source_ip_prefix";
-- alter_column securitygrouprules.remote_group_id rename to source_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "remote_group_id" TO "source_group_id";
UPDATE "sqlbundle_version" SET "version_num" = '2032abe8edac' WHERE "version_num" = '5918cbddab04';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 10/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = '1c33fa3cd1a1' WHERE "version_num" = '2032abe8edac';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 11/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
-- DESTRUCTIVE: drops table routerroutes and all its rows
BEGIN;
-- drop_table routerroutes [DESTRUCTIVE] (1c33fa3cd1a1_extra_route_config.yaml:20:5)
DROP TABLE "routerroutes";
-- rename_table subnetroutes -> routes (1c33fa3cd1a1_extra_route_config.yaml:21:5)
ALTER TABLE "subnetroutes" RENAME TO "routes";
UPDATE "sqlbundle_version" SET "version_num" = '48b6f43f7471' WHERE "version_num" = '1c33fa3cd1a1';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 12/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table servicedefinitions and all its rows
-- DESTRUCTIVE: drops table servicetypes and all its rows
BEGIN;
-- drop_table servicedefinitions [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:15:5)
DROP TABLE "servicedefinitions";
-- drop_table servicetypes [DESTRUCTIVE] (48b6f43f7471_service_type.yaml:5:5)
DROP TABLE "servicetypes";
UPDATE "sqlbundle_version" SET "version_num" = '4692d074d587' WHERE "version_num" = '48b6f43f7471';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 13/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table routerl3agentbindings and all its rows
-- DESTRUCTIVE: drops table networkdhcpagentbindings and all its rows
BEGIN;
-- drop_table routerl3agentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:20:5)
DROP TABLE "routerl3agentbindings";
-- drop_table networkdhcpagentbindings [DESTRUCTIVE] (4692d074d587_agent_scheduler.yaml:5:5)
DROP TABLE "networkdhcpagentbindings";
UPDATE "sqlbundle_version" SET "version_num" = '1b693c095aa3' WHERE "version_num" = '4692d074d587';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 14/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table quotas and all its rows
BEGIN;
-- drop_index ix_quotas_tenant_id (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
DROP INDEX "ix_quotas_tenant_id";
-- drop_table quotas [DESTRUCTIVE] (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
DROP TABLE "quotas";
UPDATE "sqlbundle_version" SET "version_num" = '54c2c487e913' WHERE "version_num" = '1b693c095aa3';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 15/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
-- downgrade derived by sqlbundle from the upgrade ops
BEGIN;
UPDATE "sqlbundle_version" SET "version_num" = '511471cc46b0' WHERE "version_num" = '54c2c487e913';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 16/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table agents and all its rows
BEGIN;
-- drop_table agents [DESTRUCTIVE] (511471cc46b0_agent_ext_model_supp.yaml:5:5)
DROP TABLE "agents";
UPDATE "sqlbundle_version" SET "version_num" = '3cb5d900c5de' WHERE "version_num" = '511471cc46b0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 17/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
-- downgrade derived by sqlbundle from the upgrade ops
-- DESTRUCTIVE: drops table securitygroupportbindings and all its rows
-- DESTRUCTIVE: drops table securitygrouprules and all its rows
-- DESTRUCTIVE: drops table securitygroups and all its rows
BEGIN;
-- drop_table securitygroupportbindings [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:35:5)
DROP TABLE "securitygroupportbindings";
-- drop_table securitygrouprules [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:13:5)
DROP TABLE "securitygrouprules";
-- drop_table securitygroups [DESTRUCTIVE] (3cb5d900c5de_security_groups.yaml:6:5)
DROP TABLE "securitygroups";
-- drop_enum securitygrouprules_direction (3cb5d900c5de_security_groups.yaml:5:5)
UPDATE "sqlbundle_version" SET "version_num" = '8f682276ee4f' WHERE "version_num" = '3cb5d900c5de';
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
DELETE FROM "sqlbundle_version" WHERE "version_num" = '8f682276ee4f';
COMMIT;

-- End of downgrade bundle: the database is now at base.
