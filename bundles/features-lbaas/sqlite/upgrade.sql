-- sqlbundle 0.1.0: upgrade bundle for sqlite
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         base -> 2528ceb28230
-- features:      lbaas
-- version table: sqlbundle_version
-- history table: sqlbundle_version_history
-- transactions:  one transaction per revision, including its stamp and history row
-- run with:      sqlite3 -bail <database file> < <this file>
-- revisions in this bundle (18), in the order they run:
--   8f682276ee4f [folsom] folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
--   3cb5d900c5de security groups: groups, rules and port bindings
--   511471cc46b0 agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
--   54c2c487e913 DB support for load balancing service (LBaaS with the HAProxy driver)
--   1b693c095aa3 per-tenant quotas in the database (quota driver DbQuotaDriver)
--   4692d074d587 agent scheduler: bind networks to DHCP agents and routers to L3 agents
--   48b6f43f7471 service types: which plugin and driver serve each advanced service
--   1c33fa3cd1a1 extra routes on routers, the DHCP host routes table becomes subnetroutes
--   2032abe8edac LBaaS: a status_description on every load balancer object, for the agent's error text
--   5918cbddab04 security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
--   f489cf14a79c LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
--   3a520dd165d0 seed the default LOADBALANCER service type served by the HAProxy agent driver
--   52ff27f7567a data fix: the HAProxy driver moved to the services.loadbalancer package
--   263772d65691 networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
--   38335592a0dc agents: one agent of each type per host
--   45680af419f9 subnets.enable_dhcp: the API supplies the default, drop the server default
--   128e042a2b68 LBaaS: pool_member_counts view for the HAProxy agent's status report
--   2528ceb28230 [grizzly] grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups

-- Session settings and the history table (created when missing), before anything else runs.
CREATE TABLE IF NOT EXISTS "sqlbundle_version_history" ("revision" VARCHAR(32) NOT NULL PRIMARY KEY, "checksum" VARCHAR(64) NOT NULL, "state" VARCHAR(16) NOT NULL);

-- The version table, created when missing: this bundle starts at base.
CREATE TABLE IF NOT EXISTS "sqlbundle_version" ("version_num" VARCHAR(32) NOT NULL PRIMARY KEY);

-- Guard: stop before changing anything unless the database is at base.
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle guard: database is not at base: version table sqlbundle_version is not empty" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (NOT EXISTS (SELECT 1 FROM "sqlbundle_version")) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash (statements of it may have run; stamp the revision the schema is really at): see SELECT * FROM ""sqlbundle_version_history"" WHERE ""state"" <> 'applied'" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (NOT EXISTS (SELECT * FROM "sqlbundle_version_history" WHERE "state" <> 'applied')) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";

-- ----------------------------------------------------------------------------
-- revision 1/18: 8f682276ee4f [folsom] (parent base)
-- message: folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '8f682276ee4f', '6c1dd3125acf7a870144ac30353f66557e3ff6b71f688f3bb71ec4a797347db0', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '8f682276ee4f') and not exists (select 1 from "sqlbundle_version");
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 8f682276ee4f not started: the database is no longer at base, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_table networks (8f682276ee4f_folsom_initial.yaml:6:5)
CREATE TABLE "networks" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "status" VARCHAR(16), "admin_state_up" BOOLEAN, "shared" BOOLEAN, PRIMARY KEY ("id"));
-- create_index ix_networks_tenant_id on networks[tenant_id] (8f682276ee4f_folsom_initial.yaml:15:5)
CREATE INDEX "ix_networks_tenant_id" ON "networks" ("tenant_id");
-- create_table subnets (8f682276ee4f_folsom_initial.yaml:17:5)
CREATE TABLE "subnets" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "network_id" VARCHAR(36), "ip_version" INTEGER NOT NULL, "cidr" VARCHAR(64) NOT NULL, "gateway_ip" VARCHAR(64), "enable_dhcp" BOOLEAN DEFAULT 1, "shared" BOOLEAN, PRIMARY KEY ("id"), CONSTRAINT "fk_subnets_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE);
-- create_index ix_subnets_tenant_id on subnets[tenant_id] (8f682276ee4f_folsom_initial.yaml:34:5)
CREATE INDEX "ix_subnets_tenant_id" ON "subnets" ("tenant_id");
-- create_table dnsnameservers (8f682276ee4f_folsom_initial.yaml:36:5)
CREATE TABLE "dnsnameservers" ("address" VARCHAR(128) NOT NULL, "subnet_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("address", "subnet_id"), CONSTRAINT "fk_dnsnameservers_subnet_id" FOREIGN KEY ("subnet_id") REFERENCES "subnets" ("id") ON DELETE CASCADE);
-- create_table routes (8f682276ee4f_folsom_initial.yaml:49:5)
CREATE TABLE "routes" ("destination" VARCHAR(64) NOT NULL, "nexthop" VARCHAR(64) NOT NULL, "subnet_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("destination", "nexthop", "subnet_id"), CONSTRAINT "fk_routes_subnet_id" FOREIGN KEY ("subnet_id") REFERENCES "subnets" ("id") ON DELETE CASCADE);
-- create_table ipallocationpools (8f682276ee4f_folsom_initial.yaml:62:5)
CREATE TABLE "ipallocationpools" ("id" VARCHAR(36) NOT NULL, "subnet_id" VARCHAR(36), "first_ip" VARCHAR(64) NOT NULL, "last_ip" VARCHAR(64) NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fk_ipallocationpools_subnet_id" FOREIGN KEY ("subnet_id") REFERENCES "subnets" ("id") ON DELETE CASCADE);
-- create_table ports (8f682276ee4f_folsom_initial.yaml:75:5)
CREATE TABLE "ports" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "network_id" VARCHAR(36) NOT NULL, "mac_address" VARCHAR(32) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status" VARCHAR(16) NOT NULL, "device_id" VARCHAR(255) NOT NULL, "device_owner" VARCHAR(255) NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "uq_ports_network_id_mac_address" UNIQUE ("network_id", "mac_address"), CONSTRAINT "fk_ports_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE);
-- create_index ix_ports_tenant_id on ports[tenant_id] (8f682276ee4f_folsom_initial.yaml:94:5)
CREATE INDEX "ix_ports_tenant_id" ON "ports" ("tenant_id");
-- create_index ix_ports_device_id on ports[device_id] (8f682276ee4f_folsom_initial.yaml:95:5)
CREATE INDEX "ix_ports_device_id" ON "ports" ("device_id");
-- create_table ipallocations (8f682276ee4f_folsom_initial.yaml:97:5)
CREATE TABLE "ipallocations" ("port_id" VARCHAR(36), "ip_address" VARCHAR(64) NOT NULL, "subnet_id" VARCHAR(36) NOT NULL, "network_id" VARCHAR(36) NOT NULL, "expiration" DATETIME, PRIMARY KEY ("ip_address", "subnet_id", "network_id"), CONSTRAINT "fk_ipallocations_port_id" FOREIGN KEY ("port_id") REFERENCES "ports" ("id") ON DELETE CASCADE, CONSTRAINT "fk_ipallocations_subnet_id" FOREIGN KEY ("subnet_id") REFERENCES "subnets" ("id") ON DELETE CASCADE, CONSTRAINT "fk_ipallocations_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE);
-- create_table routers (8f682276ee4f_folsom_initial.yaml:120:5)
CREATE TABLE "routers" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "status" VARCHAR(16), "admin_state_up" BOOLEAN, "gw_port_id" VARCHAR(36), PRIMARY KEY ("id"), CONSTRAINT "fk_routers_gw_port_id" FOREIGN KEY ("gw_port_id") REFERENCES "ports" ("id") ON DELETE SET NULL);
-- create_table floatingips (8f682276ee4f_folsom_initial.yaml:135:5)
CREATE TABLE "floatingips" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "floating_ip_address" VARCHAR(64) NOT NULL, "floating_network_id" VARCHAR(36) NOT NULL, "floating_port_id" VARCHAR(36) NOT NULL, "fixed_port_id" VARCHAR(36), "fixed_ip_address" VARCHAR(64), "router_id" VARCHAR(36), PRIMARY KEY ("id"), CONSTRAINT "fk_floatingips_floating_port_id" FOREIGN KEY ("floating_port_id") REFERENCES "ports" ("id") ON DELETE CASCADE, CONSTRAINT "fk_floatingips_fixed_port_id" FOREIGN KEY ("fixed_port_id") REFERENCES "ports" ("id") ON DELETE SET NULL, CONSTRAINT "fk_floatingips_router_id" FOREIGN KEY ("router_id") REFERENCES "routers" ("id") ON DELETE SET NULL);
insert into "sqlbundle_version" ("version_num") select '8f682276ee4f' where not exists (select 1 from "sqlbundle_version");
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from base to 8f682276ee4f (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '8f682276ee4f';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 2/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3cb5d900c5de', '1bc07fdc299ae057b9c0ed6f06f8ee2c52945d81eff822926ad470b0e1be562b', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3cb5d900c5de') and exists (select 1 from "sqlbundle_version" where "version_num" = '8f682276ee4f');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 3cb5d900c5de not started: the database is no longer at 8f682276ee4f, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_enum securitygrouprules_direction [ingress, egress] (3cb5d900c5de_security_groups.yaml:5:5)
-- create_table securitygroups (3cb5d900c5de_security_groups.yaml:6:5)
CREATE TABLE "securitygroups" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "description" VARCHAR(255), PRIMARY KEY ("id"));
-- create_table securitygrouprules (3cb5d900c5de_security_groups.yaml:13:5)
CREATE TABLE "securitygrouprules" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "security_group_id" VARCHAR(36) NOT NULL, "source_group_id" VARCHAR(36), "direction" TEXT CONSTRAINT "ck_securitygrouprules_direction_enum" CHECK ("direction" IN ('ingress', 'egress')), "ethertype" VARCHAR(40), "protocol" VARCHAR(40), "port_range_min" INTEGER, "port_range_max" INTEGER, "source_ip_prefix" VARCHAR(255), PRIMARY KEY ("id"), CONSTRAINT "fk_securitygrouprules_security_group_id" FOREIGN KEY ("security_group_id") REFERENCES "securitygroups" ("id") ON DELETE CASCADE, CONSTRAINT "fk_securitygrouprules_source_group_id" FOREIGN KEY ("source_group_id") REFERENCES "securitygroups" ("id") ON DELETE CASCADE);
-- create_table securitygroupportbindings (3cb5d900c5de_security_groups.yaml:35:5)
CREATE TABLE "securitygroupportbindings" ("port_id" VARCHAR(36) NOT NULL, "security_group_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("port_id", "security_group_id"), CONSTRAINT "fk_securitygroupportbindings_port_id" FOREIGN KEY ("port_id") REFERENCES "ports" ("id") ON DELETE CASCADE, CONSTRAINT "fk_securitygroupportbindings_security_group_id" FOREIGN KEY ("security_group_id") REFERENCES "securitygroups" ("id"));
update "sqlbundle_version" set "version_num" = '3cb5d900c5de' where "version_num" = '8f682276ee4f';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 8f682276ee4f to 3cb5d900c5de (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '3cb5d900c5de';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 3/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '511471cc46b0', '00d46f5efba9f38dbb78824f2924f55a426a51ce9e52b6919e4fcc4ef3db1b68', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '511471cc46b0') and exists (select 1 from "sqlbundle_version" where "version_num" = '3cb5d900c5de');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 511471cc46b0 not started: the database is no longer at 3cb5d900c5de, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_table agents (511471cc46b0_agent_ext_model_supp.yaml:5:5)
CREATE TABLE "agents" ("id" VARCHAR(36) NOT NULL, "agent_type" VARCHAR(255) NOT NULL, "binary" VARCHAR(255) NOT NULL, "topic" VARCHAR(255) NOT NULL, "host" VARCHAR(255) NOT NULL, "admin_state_up" BOOLEAN NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL, "started_at" DATETIME NOT NULL, "heartbeat_timestamp" DATETIME NOT NULL, "description" VARCHAR(255), "configurations" VARCHAR(4095) NOT NULL, PRIMARY KEY ("id"));
update "sqlbundle_version" set "version_num" = '511471cc46b0' where "version_num" = '3cb5d900c5de';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 3cb5d900c5de to 511471cc46b0 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '511471cc46b0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 4/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '54c2c487e913', 'b3bbb83f9f685739afe8c1259d70cd712967cf02e89e685e4acd6884441bdb8c', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '54c2c487e913') and exists (select 1 from "sqlbundle_version" where "version_num" = '511471cc46b0');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 54c2c487e913 not started: the database is no longer at 511471cc46b0, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_enum lb_protocols [HTTP, HTTPS, TCP] (54c2c487e913_lbaas.yaml:6:5)
-- create_enum lb_methods [ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP] (54c2c487e913_lbaas.yaml:7:5)
-- create_enum sessionpersistences_type [SOURCE_IP, HTTP_COOKIE, APP_COOKIE] (54c2c487e913_lbaas.yaml:8:5)
-- create_enum healthmonitors_type [PING, TCP, HTTP, HTTPS] (54c2c487e913_lbaas.yaml:9:5)
-- create_table vips (54c2c487e913_lbaas.yaml:11:5)
CREATE TABLE "vips" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "description" VARCHAR(255), "port_id" VARCHAR(36), "protocol_port" INTEGER NOT NULL, "protocol" TEXT NOT NULL CONSTRAINT "ck_vips_protocol_enum" CHECK ("protocol" IN ('HTTP', 'HTTPS', 'TCP')), "pool_id" VARCHAR(36) NOT NULL, "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "connection_limit" INTEGER, PRIMARY KEY ("id"), CONSTRAINT "uq_vips_pool_id" UNIQUE ("pool_id"), CONSTRAINT "fk_vips_port_id" FOREIGN KEY ("port_id") REFERENCES "ports" ("id") ON DELETE SET NULL);
-- create_index ix_vips_tenant_id on vips[tenant_id] (54c2c487e913_lbaas.yaml:33:5)
CREATE INDEX "ix_vips_tenant_id" ON "vips" ("tenant_id");
-- create_table sessionpersistences (54c2c487e913_lbaas.yaml:35:5)
CREATE TABLE "sessionpersistences" ("vip_id" VARCHAR(36) NOT NULL, "type" TEXT NOT NULL CONSTRAINT "ck_sessionpersistences_type_enum" CHECK ("type" IN ('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE')), "cookie_name" VARCHAR(1024), PRIMARY KEY ("vip_id"), CONSTRAINT "fk_sessionpersistences_vip_id" FOREIGN KEY ("vip_id") REFERENCES "vips" ("id") ON DELETE CASCADE);
-- create_table pools (54c2c487e913_lbaas.yaml:48:5)
CREATE TABLE "pools" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "vip_id" VARCHAR(36), "name" VARCHAR(255), "description" VARCHAR(255), "subnet_id" VARCHAR(36) NOT NULL, "protocol" TEXT NOT NULL CONSTRAINT "ck_pools_protocol_enum" CHECK ("protocol" IN ('HTTP', 'HTTPS', 'TCP')), "lb_method" TEXT NOT NULL CONSTRAINT "ck_pools_lb_method_enum" CHECK ("lb_method" IN ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP')), "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fk_pools_vip_id" FOREIGN KEY ("vip_id") REFERENCES "vips" ("id") ON DELETE SET NULL);
-- create_index ix_pools_tenant_id on pools[tenant_id] (54c2c487e913_lbaas.yaml:66:5)
CREATE INDEX "ix_pools_tenant_id" ON "pools" ("tenant_id");
-- create_table healthmonitors (54c2c487e913_lbaas.yaml:68:5)
CREATE TABLE "healthmonitors" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "type" TEXT NOT NULL CONSTRAINT "ck_healthmonitors_type_enum" CHECK ("type" IN ('PING', 'TCP', 'HTTP', 'HTTPS')), "delay" INTEGER NOT NULL, "timeout" INTEGER NOT NULL, "max_retries" INTEGER NOT NULL, "http_method" VARCHAR(16), "url_path" VARCHAR(255), "expected_codes" VARCHAR(64), "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, PRIMARY KEY ("id"));
-- create_table poolmonitorassociations (54c2c487e913_lbaas.yaml:83:5)
CREATE TABLE "poolmonitorassociations" ("pool_id" VARCHAR(36) NOT NULL, "monitor_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("pool_id", "monitor_id"), CONSTRAINT "fk_poolmonitorassociations_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE, CONSTRAINT "fk_poolmonitorassociations_monitor_id" FOREIGN KEY ("monitor_id") REFERENCES "healthmonitors" ("id") ON DELETE CASCADE);
-- create_table members (54c2c487e913_lbaas.yaml:99:5)
CREATE TABLE "members" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "pool_id" VARCHAR(36) NOT NULL, "address" VARCHAR(64) NOT NULL, "protocol_port" INTEGER NOT NULL, "weight" INTEGER NOT NULL, "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fk_members_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
-- create_table poolstatisticss (54c2c487e913_lbaas.yaml:116:5)
CREATE TABLE "poolstatisticss" ("pool_id" VARCHAR(36) NOT NULL, "bytes_in" INTEGER NOT NULL, "bytes_out" INTEGER NOT NULL, "active_connections" INTEGER NOT NULL, "total_connections" INTEGER NOT NULL, PRIMARY KEY ("pool_id"), CONSTRAINT "fk_poolstatisticss_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
update "sqlbundle_version" set "version_num" = '54c2c487e913' where "version_num" = '511471cc46b0';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 511471cc46b0 to 54c2c487e913 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '54c2c487e913';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 5/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1b693c095aa3', '31e90f0792f7bcef32f42ae2d18a255cd101986eb144d2165e284c93c93a99e4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1b693c095aa3') and exists (select 1 from "sqlbundle_version" where "version_num" = '54c2c487e913');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 1b693c095aa3 not started: the database is no longer at 54c2c487e913, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_table quotas (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
CREATE TABLE "quotas" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "resource" VARCHAR(255), "limit" INTEGER, PRIMARY KEY ("id"));
-- create_index ix_quotas_tenant_id on quotas[tenant_id] (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
CREATE INDEX "ix_quotas_tenant_id" ON "quotas" ("tenant_id");
update "sqlbundle_version" set "version_num" = '1b693c095aa3' where "version_num" = '54c2c487e913';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 54c2c487e913 to 1b693c095aa3 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '1b693c095aa3';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 6/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '4692d074d587', '912bdbb61eee52ad723c33ee8bce258a555a22618401f3f0e7e416729e68318a', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '4692d074d587') and exists (select 1 from "sqlbundle_version" where "version_num" = '1b693c095aa3');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 4692d074d587 not started: the database is no longer at 1b693c095aa3, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_table networkdhcpagentbindings (4692d074d587_agent_scheduler.yaml:5:5)
CREATE TABLE "networkdhcpagentbindings" ("network_id" VARCHAR(36) NOT NULL, "dhcp_agent_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("network_id", "dhcp_agent_id"), CONSTRAINT "fk_networkdhcpagentbindings_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE, CONSTRAINT "fk_networkdhcpagentbindings_dhcp_agent_id" FOREIGN KEY ("dhcp_agent_id") REFERENCES "agents" ("id") ON DELETE CASCADE);
-- create_table routerl3agentbindings (4692d074d587_agent_scheduler.yaml:20:5)
CREATE TABLE "routerl3agentbindings" ("id" VARCHAR(36) NOT NULL, "router_id" VARCHAR(36), "l3_agent_id" VARCHAR(36), PRIMARY KEY ("id"), CONSTRAINT "fk_routerl3agentbindings_router_id" FOREIGN KEY ("router_id") REFERENCES "routers" ("id") ON DELETE CASCADE, CONSTRAINT "fk_routerl3agentbindings_l3_agent_id" FOREIGN KEY ("l3_agent_id") REFERENCES "agents" ("id") ON DELETE CASCADE);
update "sqlbundle_version" set "version_num" = '4692d074d587' where "version_num" = '1b693c095aa3';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 1b693c095aa3 to 4692d074d587 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '4692d074d587';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 7/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '48b6f43f7471', 'a73a71b3ea0ad81576cb87f4821e4565f364f15a1fdc21e4564e19ea6f05e0c4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '48b6f43f7471') and exists (select 1 from "sqlbundle_version" where "version_num" = '4692d074d587');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 48b6f43f7471 not started: the database is no longer at 4692d074d587, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_table servicetypes (48b6f43f7471_service_type.yaml:5:5)
CREATE TABLE "servicetypes" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "description" VARCHAR(255), "default" BOOLEAN NOT NULL DEFAULT 0, "num_instances" INTEGER DEFAULT 0, PRIMARY KEY ("id"));
-- create_table servicedefinitions (48b6f43f7471_service_type.yaml:15:5)
CREATE TABLE "servicedefinitions" ("id" VARCHAR(36) NOT NULL, "service_class" VARCHAR(255) NOT NULL, "plugin" VARCHAR(255), "driver" VARCHAR(255), "service_type_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "fk_servicedefinitions_service_type_id" FOREIGN KEY ("service_type_id") REFERENCES "servicetypes" ("id") ON DELETE CASCADE);
update "sqlbundle_version" set "version_num" = '48b6f43f7471' where "version_num" = '4692d074d587';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 4692d074d587 to 48b6f43f7471 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '48b6f43f7471';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 8/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1c33fa3cd1a1', '1fadd30a8ad1e6f1a81aa57a31627f175125a130719033545c4e5ac4deab2f09', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1c33fa3cd1a1') and exists (select 1 from "sqlbundle_version" where "version_num" = '48b6f43f7471');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 1c33fa3cd1a1 not started: the database is no longer at 48b6f43f7471, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- rename_table routes -> subnetroutes (1c33fa3cd1a1_extra_route_config.yaml:5:5)
ALTER TABLE "routes" RENAME TO "subnetroutes";
-- create_table routerroutes (1c33fa3cd1a1_extra_route_config.yaml:6:5)
CREATE TABLE "routerroutes" ("destination" VARCHAR(64) NOT NULL, "nexthop" VARCHAR(64) NOT NULL, "router_id" VARCHAR(36) NOT NULL, PRIMARY KEY ("destination", "nexthop", "router_id"), CONSTRAINT "fk_routerroutes_router_id" FOREIGN KEY ("router_id") REFERENCES "routers" ("id") ON DELETE CASCADE);
update "sqlbundle_version" set "version_num" = '1c33fa3cd1a1' where "version_num" = '48b6f43f7471';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 48b6f43f7471 to 1c33fa3cd1a1 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '1c33fa3cd1a1';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 9/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2032abe8edac', '0d156c03464e020d760b25f193e984929dc02878b0b796d440b71e279ab770e7', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2032abe8edac') and exists (select 1 from "sqlbundle_version" where "version_num" = '1c33fa3cd1a1');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 2032abe8edac not started: the database is no longer at 1c33fa3cd1a1, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- add_column vips.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:6:5)
ALTER TABLE "vips" ADD COLUMN "status_description" VARCHAR(255);
-- add_column pools.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:7:5)
ALTER TABLE "pools" ADD COLUMN "status_description" VARCHAR(255);
-- add_column members.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:8:5)
ALTER TABLE "members" ADD COLUMN "status_description" VARCHAR(255);
-- add_column healthmonitors.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:9:5)
ALTER TABLE "healthmonitors" ADD COLUMN "status_description" VARCHAR(255);
update "sqlbundle_version" set "version_num" = '2032abe8edac' where "version_num" = '1c33fa3cd1a1';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 1c33fa3cd1a1 to 2032abe8edac (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '2032abe8edac';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 10/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '5918cbddab04', 'db115decb3c69526e6c2e318626f96337ee790e0a2af2342128c452ace2dccc9', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '5918cbddab04') and exists (select 1 from "sqlbundle_version" where "version_num" = '2032abe8edac');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 5918cbddab04 not started: the database is no longer at 2032abe8edac, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column securitygrouprules.source_group_id rename to remote_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "source_group_id" TO "remote_group_id";
-- alter_column securitygrouprules.source_ip_prefix rename to remote_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
ALTER TABLE "securitygrouprules" RENAME COLUMN "source_ip_prefix" TO "remote_ip_prefix";
update "sqlbundle_version" set "version_num" = '5918cbddab04' where "version_num" = '2032abe8edac';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 2032abe8edac to 5918cbddab04 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '5918cbddab04';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 11/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select 'f489cf14a79c', 'f0fc7227e486e768879b9906f5b760c24272e000776a474b35e20a3c631806f4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = 'f489cf14a79c') and exists (select 1 from "sqlbundle_version" where "version_num" = '5918cbddab04');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision f489cf14a79c not started: the database is no longer at 5918cbddab04, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column poolstatisticss.bytes_in type bigint (f489cf14a79c_lbaas_statistics_and_members.yaml:7:5)
CREATE TABLE "_sqlbundle_new_poolstatisticss" ("pool_id" VARCHAR(36) NOT NULL, "bytes_in" INTEGER NOT NULL, "bytes_out" INTEGER NOT NULL, "active_connections" INTEGER NOT NULL, "total_connections" INTEGER NOT NULL, PRIMARY KEY ("pool_id"), CONSTRAINT "fk_poolstatisticss_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_poolstatisticss" ("pool_id", "bytes_in", "bytes_out", "active_connections", "total_connections") SELECT "pool_id", "bytes_in", "bytes_out", "active_connections", "total_connections" FROM "poolstatisticss";
DROP TABLE "poolstatisticss";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_poolstatisticss" RENAME TO "poolstatisticss";
PRAGMA legacy_alter_table = OFF;
-- alter_column poolstatisticss.bytes_out type bigint (f489cf14a79c_lbaas_statistics_and_members.yaml:8:5)
CREATE TABLE "_sqlbundle_new_poolstatisticss" ("pool_id" VARCHAR(36) NOT NULL, "bytes_in" INTEGER NOT NULL, "bytes_out" INTEGER NOT NULL, "active_connections" INTEGER NOT NULL, "total_connections" INTEGER NOT NULL, PRIMARY KEY ("pool_id"), CONSTRAINT "fk_poolstatisticss_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_poolstatisticss" ("pool_id", "bytes_in", "bytes_out", "active_connections", "total_connections") SELECT "pool_id", "bytes_in", "bytes_out", "active_connections", "total_connections" FROM "poolstatisticss";
DROP TABLE "poolstatisticss";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_poolstatisticss" RENAME TO "poolstatisticss";
PRAGMA legacy_alter_table = OFF;
-- add_unique members.uq_members_pool_id_address_protocol_port [pool_id, address, protocol_port] (f489cf14a79c_lbaas_statistics_and_members.yaml:9:5)
CREATE TABLE "_sqlbundle_new_members" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "pool_id" VARCHAR(36) NOT NULL, "address" VARCHAR(64) NOT NULL, "protocol_port" INTEGER NOT NULL, "weight" INTEGER NOT NULL, "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status_description" VARCHAR(255), PRIMARY KEY ("id"), CONSTRAINT "uq_members_pool_id_address_protocol_port" UNIQUE ("pool_id", "address", "protocol_port"), CONSTRAINT "fk_members_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_members" ("id", "tenant_id", "pool_id", "address", "protocol_port", "weight", "status", "admin_state_up", "status_description") SELECT "id", "tenant_id", "pool_id", "address", "protocol_port", "weight", "status", "admin_state_up", "status_description" FROM "members";
DROP TABLE "members";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_members" RENAME TO "members";
PRAGMA legacy_alter_table = OFF;
-- add_check members.ck_members_weight (f489cf14a79c_lbaas_statistics_and_members.yaml:13:5)
CREATE TABLE "_sqlbundle_new_members" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "pool_id" VARCHAR(36) NOT NULL, "address" VARCHAR(64) NOT NULL, "protocol_port" INTEGER NOT NULL, "weight" INTEGER NOT NULL, "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status_description" VARCHAR(255), PRIMARY KEY ("id"), CONSTRAINT "uq_members_pool_id_address_protocol_port" UNIQUE ("pool_id", "address", "protocol_port"), CONSTRAINT "ck_members_weight" CHECK (weight >= 0 AND weight <= 256), CONSTRAINT "fk_members_pool_id" FOREIGN KEY ("pool_id") REFERENCES "pools" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_members" ("id", "tenant_id", "pool_id", "address", "protocol_port", "weight", "status", "admin_state_up", "status_description") SELECT "id", "tenant_id", "pool_id", "address", "protocol_port", "weight", "status", "admin_state_up", "status_description" FROM "members";
DROP TABLE "members";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_members" RENAME TO "members";
PRAGMA legacy_alter_table = OFF;
-- alter_column healthmonitors.http_method default 'GET' (f489cf14a79c_lbaas_statistics_and_members.yaml:14:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table healthmonitors, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_healthmonitors" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "type" TEXT NOT NULL CONSTRAINT "ck_healthmonitors_type_enum" CHECK ("type" IN ('PING', 'TCP', 'HTTP', 'HTTPS')), "delay" INTEGER NOT NULL, "timeout" INTEGER NOT NULL, "max_retries" INTEGER NOT NULL, "http_method" VARCHAR(16) DEFAULT 'GET', "url_path" VARCHAR(255), "expected_codes" VARCHAR(64), "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status_description" VARCHAR(255), PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_healthmonitors" ("id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description") SELECT "id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description" FROM "healthmonitors";
DROP TABLE "healthmonitors";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_healthmonitors" RENAME TO "healthmonitors";
PRAGMA legacy_alter_table = OFF;
-- alter_column healthmonitors.url_path type string(1024), default '/' (f489cf14a79c_lbaas_statistics_and_members.yaml:16:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table healthmonitors, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_healthmonitors" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "type" TEXT NOT NULL CONSTRAINT "ck_healthmonitors_type_enum" CHECK ("type" IN ('PING', 'TCP', 'HTTP', 'HTTPS')), "delay" INTEGER NOT NULL, "timeout" INTEGER NOT NULL, "max_retries" INTEGER NOT NULL, "http_method" VARCHAR(16) DEFAULT 'GET', "url_path" VARCHAR(1024) DEFAULT '/', "expected_codes" VARCHAR(64), "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status_description" VARCHAR(255), PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_healthmonitors" ("id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description") SELECT "id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description" FROM "healthmonitors";
DROP TABLE "healthmonitors";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_healthmonitors" RENAME TO "healthmonitors";
PRAGMA legacy_alter_table = OFF;
-- alter_column healthmonitors.expected_codes default '200' (f489cf14a79c_lbaas_statistics_and_members.yaml:17:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table healthmonitors, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_healthmonitors" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "type" TEXT NOT NULL CONSTRAINT "ck_healthmonitors_type_enum" CHECK ("type" IN ('PING', 'TCP', 'HTTP', 'HTTPS')), "delay" INTEGER NOT NULL, "timeout" INTEGER NOT NULL, "max_retries" INTEGER NOT NULL, "http_method" VARCHAR(16) DEFAULT 'GET', "url_path" VARCHAR(1024) DEFAULT '/', "expected_codes" VARCHAR(64) DEFAULT '200', "status" VARCHAR(16) NOT NULL, "admin_state_up" BOOLEAN NOT NULL, "status_description" VARCHAR(255), PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_healthmonitors" ("id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description") SELECT "id", "tenant_id", "type", "delay", "timeout", "max_retries", "http_method", "url_path", "expected_codes", "status", "admin_state_up", "status_description" FROM "healthmonitors";
DROP TABLE "healthmonitors";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_healthmonitors" RENAME TO "healthmonitors";
PRAGMA legacy_alter_table = OFF;
update "sqlbundle_version" set "version_num" = 'f489cf14a79c' where "version_num" = '5918cbddab04';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 5918cbddab04 to f489cf14a79c (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = 'f489cf14a79c';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 12/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3a520dd165d0', '405a9105d74a877b330aadb7291d0392025b07fda5c8eb9cd1af1ec8ce1fd30f', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3a520dd165d0') and exists (select 1 from "sqlbundle_version" where "version_num" = 'f489cf14a79c');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 3a520dd165d0 not started: the database is no longer at f489cf14a79c, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- insert into servicetypes (1 row) (3a520dd165d0_seed_lbaas_service_type.yaml:6:5)
INSERT INTO "servicetypes" ("id", "name", "description", "default", "num_instances") VALUES ('5a8b6f6a-7b8c-4d2e-9f10-3c4d5e6f7a8b', 'default', 'default load balancer service type', 1, 0);
-- insert into servicedefinitions (1 row) (3a520dd165d0_seed_lbaas_service_type.yaml:14:5)
INSERT INTO "servicedefinitions" ("id", "service_class", "plugin", "driver", "service_type_id") VALUES ('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'LOADBALANCER', 'quantum.plugins.services.agent_loadbalancer.plugin.LoadBalancerPlugin', 'quantum.plugins.services.agent_loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver', '5a8b6f6a-7b8c-4d2e-9f10-3c4d5e6f7a8b');
update "sqlbundle_version" set "version_num" = '3a520dd165d0' where "version_num" = 'f489cf14a79c';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from f489cf14a79c to 3a520dd165d0 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '3a520dd165d0';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 13/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '52ff27f7567a', '5a31a242bbd942bf509fd74151b9de125360f4f373af389e281113f6882b6974', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '52ff27f7567a') and exists (select 1 from "sqlbundle_version" where "version_num" = '3a520dd165d0');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 52ff27f7567a not started: the database is no longer at 3a520dd165d0, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- sql UPDATE servicedefinitions SET driver = 'quantum.services.... (52ff27f7567a_haproxy_driver_path.yaml:8:5)
UPDATE servicedefinitions SET driver = 'quantum.services.loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver' WHERE driver = 'quantum.plugins.services.agent_loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver';
update "sqlbundle_version" set "version_num" = '52ff27f7567a' where "version_num" = '3a520dd165d0';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 3a520dd165d0 to 52ff27f7567a (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '52ff27f7567a';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 14/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '263772d65691', 'e8f5be044624933e727eab57fa4b5d24201a79d82176ecfb442acb2ec5f5b055', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '263772d65691') and exists (select 1 from "sqlbundle_version" where "version_num" = '52ff27f7567a');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 263772d65691 not started: the database is no longer at 52ff27f7567a, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- sql UPDATE networks SET admin_state_up = TRUE WHERE admin_sta... (263772d65691_network_admin_state_not_null.yaml:7:5)
UPDATE networks SET admin_state_up = TRUE WHERE admin_state_up IS NULL;
-- alter_column networks.admin_state_up not null, default true (263772d65691_network_admin_state_not_null.yaml:11:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table networks, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_networks" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "status" VARCHAR(16), "admin_state_up" BOOLEAN NOT NULL DEFAULT 1, "shared" BOOLEAN, PRIMARY KEY ("id"));
INSERT INTO "_sqlbundle_new_networks" ("id", "tenant_id", "name", "status", "admin_state_up", "shared") SELECT "id", "tenant_id", "name", "status", "admin_state_up", "shared" FROM "networks";
DROP TABLE "networks";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_networks" RENAME TO "networks";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix_networks_tenant_id" ON "networks" ("tenant_id");
update "sqlbundle_version" set "version_num" = '263772d65691' where "version_num" = '52ff27f7567a';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 52ff27f7567a to 263772d65691 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '263772d65691';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 15/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '38335592a0dc', 'eab065707f1f5b613eafbb1bf4433e1d2c9dafa5cc7423da0035b971978427cd', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '38335592a0dc') and exists (select 1 from "sqlbundle_version" where "version_num" = '263772d65691');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 38335592a0dc not started: the database is no longer at 263772d65691, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- add_unique agents.uq_agents_agent_type_host [agent_type, host] (38335592a0dc_agents_unique_type_host.yaml:5:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table agents, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_agents" ("id" VARCHAR(36) NOT NULL, "agent_type" VARCHAR(255) NOT NULL, "binary" VARCHAR(255) NOT NULL, "topic" VARCHAR(255) NOT NULL, "host" VARCHAR(255) NOT NULL, "admin_state_up" BOOLEAN NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL, "started_at" DATETIME NOT NULL, "heartbeat_timestamp" DATETIME NOT NULL, "description" VARCHAR(255), "configurations" VARCHAR(4095) NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "uq_agents_agent_type_host" UNIQUE ("agent_type", "host"));
INSERT INTO "_sqlbundle_new_agents" ("id", "agent_type", "binary", "topic", "host", "admin_state_up", "created_at", "started_at", "heartbeat_timestamp", "description", "configurations") SELECT "id", "agent_type", "binary", "topic", "host", "admin_state_up", "created_at", "started_at", "heartbeat_timestamp", "description", "configurations" FROM "agents";
DROP TABLE "agents";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_agents" RENAME TO "agents";
PRAGMA legacy_alter_table = OFF;
-- create_index ix_agents_heartbeat_timestamp on agents[heartbeat_timestamp] (38335592a0dc_agents_unique_type_host.yaml:6:5)
CREATE INDEX "ix_agents_heartbeat_timestamp" ON "agents" ("heartbeat_timestamp");
update "sqlbundle_version" set "version_num" = '38335592a0dc' where "version_num" = '263772d65691';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 263772d65691 to 38335592a0dc (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '38335592a0dc';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 16/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '45680af419f9', '1b2f1ef8034022d5e2ed282487b9d76c12b4691eccd31e5a975390dbe8d7f0ac', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '45680af419f9') and exists (select 1 from "sqlbundle_version" where "version_num" = '38335592a0dc');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 45680af419f9 not started: the database is no longer at 38335592a0dc, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- alter_column subnets.enable_dhcp drop default (45680af419f9_subnets_enable_dhcp_default.yaml:5:5)
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: rebuilding table subnets, which foreign keys reference, needs PRAGMA foreign_keys=OFF (the sqlite3 default) on the connection running the bundle" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN ((SELECT "foreign_keys" FROM pragma_foreign_keys) = 0) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
CREATE TABLE "_sqlbundle_new_subnets" ("id" VARCHAR(36) NOT NULL, "tenant_id" VARCHAR(255), "name" VARCHAR(255), "network_id" VARCHAR(36), "ip_version" INTEGER NOT NULL, "cidr" VARCHAR(64) NOT NULL, "gateway_ip" VARCHAR(64), "enable_dhcp" BOOLEAN, "shared" BOOLEAN, PRIMARY KEY ("id"), CONSTRAINT "fk_subnets_network_id" FOREIGN KEY ("network_id") REFERENCES "networks" ("id") ON DELETE CASCADE);
INSERT INTO "_sqlbundle_new_subnets" ("id", "tenant_id", "name", "network_id", "ip_version", "cidr", "gateway_ip", "enable_dhcp", "shared") SELECT "id", "tenant_id", "name", "network_id", "ip_version", "cidr", "gateway_ip", "enable_dhcp", "shared" FROM "subnets";
DROP TABLE "subnets";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_sqlbundle_new_subnets" RENAME TO "subnets";
PRAGMA legacy_alter_table = OFF;
CREATE INDEX "ix_subnets_tenant_id" ON "subnets" ("tenant_id");
update "sqlbundle_version" set "version_num" = '45680af419f9' where "version_num" = '38335592a0dc';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 38335592a0dc to 45680af419f9 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '45680af419f9';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 17/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '128e042a2b68', '4737269baa9c67f453326a96da7db5c9dbb9fc42a660ae1344e052fe43efb697', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '128e042a2b68') and exists (select 1 from "sqlbundle_version" where "version_num" = '45680af419f9');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 128e042a2b68 not started: the database is no longer at 45680af419f9, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_view pool_member_counts (128e042a2b68_lbaas_pool_member_view.yaml:8:5)
CREATE VIEW "pool_member_counts" AS SELECT p.id AS pool_id, p.tenant_id AS tenant_id, p.status AS status, COUNT(m.id) AS member_count FROM pools p LEFT JOIN members m ON m.pool_id = p.id GROUP BY p.id, p.tenant_id, p.status;
update "sqlbundle_version" set "version_num" = '128e042a2b68' where "version_num" = '45680af419f9';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 45680af419f9 to 128e042a2b68 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '128e042a2b68';
COMMIT;

-- ----------------------------------------------------------------------------
-- revision 18/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
BEGIN;
insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2528ceb28230', '53e90a40559935089d5167d87a22527d9a0fdb54c6051302e0cdcbca7bab111b', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2528ceb28230') and exists (select 1 from "sqlbundle_version" where "version_num" = '128e042a2b68');
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle: revision 2528ceb28230 not started: the database is no longer at 128e042a2b68, or sqlbundle_version_history already has a row for it (another run?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
-- create_index ix_routers_tenant_id on routers[tenant_id] (2528ceb28230_grizzly.yaml:6:5)
CREATE INDEX "ix_routers_tenant_id" ON "routers" ("tenant_id");
-- create_index ix_floatingips_tenant_id on floatingips[tenant_id] (2528ceb28230_grizzly.yaml:7:5)
CREATE INDEX "ix_floatingips_tenant_id" ON "floatingips" ("tenant_id");
-- create_index ix_securitygroups_tenant_id on securitygroups[tenant_id] (2528ceb28230_grizzly.yaml:8:5)
CREATE INDEX "ix_securitygroups_tenant_id" ON "securitygroups" ("tenant_id");
-- create_index ix_ports_device_owner on ports[device_owner] (2528ceb28230_grizzly.yaml:9:5)
CREATE INDEX "ix_ports_device_owner" ON "ports" ("device_owner");
update "sqlbundle_version" set "version_num" = '2528ceb28230' where "version_num" = '128e042a2b68';
DROP TABLE IF EXISTS temp."_sqlbundle_check";
CREATE TEMP TABLE "_sqlbundle_check" ("ok" INTEGER NOT NULL CONSTRAINT "sqlbundle stamp: version table sqlbundle_version did not move from 128e042a2b68 to 2528ceb28230 (another run moved it?)" CHECK ("ok" = 1));
INSERT INTO temp."_sqlbundle_check" ("ok") SELECT CASE WHEN (changes() = 1) THEN 1 ELSE 0 END;
DROP TABLE temp."_sqlbundle_check";
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '2528ceb28230';
COMMIT;

-- End of upgrade bundle: the database is now at 2528ceb28230.
