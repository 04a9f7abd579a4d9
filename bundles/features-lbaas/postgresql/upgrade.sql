-- sqlbundle 0.1.0: upgrade bundle for postgresql
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         base -> 2528ceb28230
-- features:      lbaas
-- version table: sqlbundle_version
-- history table: sqlbundle_version_history
-- transactions:  one transaction per revision, including its stamp and history row
-- run with:      psql -v ON_ERROR_STOP=1 -X -f <this file> <database>
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
create table if not exists "sqlbundle_version_history" ("revision" varchar(32) not null, "checksum" varchar(64) not null, "state" varchar(16) not null, constraint "sqlbundle_version_history_pkc" primary key ("revision"));

-- The version table, created when missing: this bundle starts at base.
create table if not exists "sqlbundle_version" ("version_num" varchar(32) not null, constraint "sqlbundle_version_pkc" primary key ("version_num"));

-- Guard: stop before changing anything unless the database is at base.
do $sqlbundle_guard$ begin if exists (select 1 from "sqlbundle_version") then raise exception '%', 'sqlbundle guard: database is not at base (empty version table), found: ' || coalesce((select string_agg("version_num", ', ' order by "version_num") from "sqlbundle_version"), 'base'); end if; end $sqlbundle_guard$;
do $sqlbundle_guard$ begin if exists (select 1 from "sqlbundle_version_history" where "state" <> 'applied') then raise exception '%', 'sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash (statements of it may have run; stamp the revision the schema is really at): ' || (select string_agg("revision" || ' ' || "state", ', ' order by "revision") from "sqlbundle_version_history" where "state" <> 'applied'); end if; end $sqlbundle_guard$;

-- ----------------------------------------------------------------------------
-- revision 1/18: 8f682276ee4f [folsom] (parent base)
-- message: folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '8f682276ee4f', '6c1dd3125acf7a870144ac30353f66557e3ff6b71f688f3bb71ec4a797347db0', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '8f682276ee4f') and not exists (select 1 from "sqlbundle_version"); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 8f682276ee4f not started: the database is no longer at base, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_table networks (8f682276ee4f_folsom_initial.yaml:6:5)
create table "networks" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "status" varchar(16) null, "admin_state_up" boolean null, "shared" boolean null, primary key ("id"));
-- create_index ix_networks_tenant_id on networks[tenant_id] (8f682276ee4f_folsom_initial.yaml:15:5)
create index "ix_networks_tenant_id" on "networks"("tenant_id");
-- create_table subnets (8f682276ee4f_folsom_initial.yaml:17:5)
create table "subnets" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "network_id" varchar(36) null, "ip_version" integer not null, "cidr" varchar(64) not null, "gateway_ip" varchar(64) null, "enable_dhcp" boolean null default true, "shared" boolean null, primary key ("id"), constraint "fk_subnets_network_id" foreign key ("network_id") references "networks" ("id") on delete cascade);
-- create_index ix_subnets_tenant_id on subnets[tenant_id] (8f682276ee4f_folsom_initial.yaml:34:5)
create index "ix_subnets_tenant_id" on "subnets"("tenant_id");
-- create_table dnsnameservers (8f682276ee4f_folsom_initial.yaml:36:5)
create table "dnsnameservers" ("address" varchar(128) not null, "subnet_id" varchar(36) not null, primary key ("address", "subnet_id"), constraint "fk_dnsnameservers_subnet_id" foreign key ("subnet_id") references "subnets" ("id") on delete cascade);
-- create_table routes (8f682276ee4f_folsom_initial.yaml:49:5)
create table "routes" ("destination" varchar(64) not null, "nexthop" varchar(64) not null, "subnet_id" varchar(36) not null, primary key ("destination", "nexthop", "subnet_id"), constraint "fk_routes_subnet_id" foreign key ("subnet_id") references "subnets" ("id") on delete cascade);
-- create_table ipallocationpools (8f682276ee4f_folsom_initial.yaml:62:5)
create table "ipallocationpools" ("id" varchar(36) not null, "subnet_id" varchar(36) null, "first_ip" varchar(64) not null, "last_ip" varchar(64) not null, primary key ("id"), constraint "fk_ipallocationpools_subnet_id" foreign key ("subnet_id") references "subnets" ("id") on delete cascade);
-- create_table ports (8f682276ee4f_folsom_initial.yaml:75:5)
create table "ports" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "network_id" varchar(36) not null, "mac_address" varchar(32) not null, "admin_state_up" boolean not null, "status" varchar(16) not null, "device_id" varchar(255) not null, "device_owner" varchar(255) not null, primary key ("id"), constraint "uq_ports_network_id_mac_address" unique ("network_id", "mac_address"), constraint "fk_ports_network_id" foreign key ("network_id") references "networks" ("id") on delete cascade);
-- create_index ix_ports_tenant_id on ports[tenant_id] (8f682276ee4f_folsom_initial.yaml:94:5)
create index "ix_ports_tenant_id" on "ports"("tenant_id");
-- create_index ix_ports_device_id on ports[device_id] (8f682276ee4f_folsom_initial.yaml:95:5)
create index "ix_ports_device_id" on "ports"("device_id");
-- create_table ipallocations (8f682276ee4f_folsom_initial.yaml:97:5)
create table "ipallocations" ("port_id" varchar(36) null, "ip_address" varchar(64) not null, "subnet_id" varchar(36) not null, "network_id" varchar(36) not null, "expiration" timestamp null, primary key ("ip_address", "subnet_id", "network_id"), constraint "fk_ipallocations_port_id" foreign key ("port_id") references "ports" ("id") on delete cascade, constraint "fk_ipallocations_subnet_id" foreign key ("subnet_id") references "subnets" ("id") on delete cascade, constraint "fk_ipallocations_network_id" foreign key ("network_id") references "networks" ("id") on delete cascade);
-- create_table routers (8f682276ee4f_folsom_initial.yaml:120:5)
create table "routers" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "status" varchar(16) null, "admin_state_up" boolean null, "gw_port_id" varchar(36) null, primary key ("id"), constraint "fk_routers_gw_port_id" foreign key ("gw_port_id") references "ports" ("id") on delete set null);
-- create_table floatingips (8f682276ee4f_folsom_initial.yaml:135:5)
create table "floatingips" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "floating_ip_address" varchar(64) not null, "floating_network_id" varchar(36) not null, "floating_port_id" varchar(36) not null, "fixed_port_id" varchar(36) null, "fixed_ip_address" varchar(64) null, "router_id" varchar(36) null, primary key ("id"), constraint "fk_floatingips_floating_port_id" foreign key ("floating_port_id") references "ports" ("id") on delete cascade, constraint "fk_floatingips_fixed_port_id" foreign key ("fixed_port_id") references "ports" ("id") on delete set null, constraint "fk_floatingips_router_id" foreign key ("router_id") references "routers" ("id") on delete set null);
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version" ("version_num") select '8f682276ee4f' where not exists (select 1 from "sqlbundle_version"); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from base to 8f682276ee4f (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '8f682276ee4f';
commit;

-- ----------------------------------------------------------------------------
-- revision 2/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3cb5d900c5de', '1bc07fdc299ae057b9c0ed6f06f8ee2c52945d81eff822926ad470b0e1be562b', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3cb5d900c5de') and exists (select 1 from "sqlbundle_version" where "version_num" = '8f682276ee4f'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 3cb5d900c5de not started: the database is no longer at 8f682276ee4f, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_enum securitygrouprules_direction [ingress, egress] (3cb5d900c5de_security_groups.yaml:5:5)
create type "securitygrouprules_direction" as enum ('ingress', 'egress');
-- create_table securitygroups (3cb5d900c5de_security_groups.yaml:6:5)
create table "securitygroups" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "description" varchar(255) null, primary key ("id"));
-- create_table securitygrouprules (3cb5d900c5de_security_groups.yaml:13:5)
create table "securitygrouprules" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "security_group_id" varchar(36) not null, "source_group_id" varchar(36) null, "direction" "securitygrouprules_direction" null, "ethertype" varchar(40) null, "protocol" varchar(40) null, "port_range_min" integer null, "port_range_max" integer null, "source_ip_prefix" varchar(255) null, primary key ("id"), constraint "fk_securitygrouprules_security_group_id" foreign key ("security_group_id") references "securitygroups" ("id") on delete cascade, constraint "fk_securitygrouprules_source_group_id" foreign key ("source_group_id") references "securitygroups" ("id") on delete cascade);
-- create_table securitygroupportbindings (3cb5d900c5de_security_groups.yaml:35:5)
create table "securitygroupportbindings" ("port_id" varchar(36) not null, "security_group_id" varchar(36) not null, primary key ("port_id", "security_group_id"), constraint "fk_securitygroupportbindings_port_id" foreign key ("port_id") references "ports" ("id") on delete cascade, constraint "fk_securitygroupportbindings_security_group_id" foreign key ("security_group_id") references "securitygroups" ("id"));
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '3cb5d900c5de' where "version_num" = '8f682276ee4f'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 8f682276ee4f to 3cb5d900c5de (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '3cb5d900c5de';
commit;

-- ----------------------------------------------------------------------------
-- revision 3/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '511471cc46b0', '00d46f5efba9f38dbb78824f2924f55a426a51ce9e52b6919e4fcc4ef3db1b68', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '511471cc46b0') and exists (select 1 from "sqlbundle_version" where "version_num" = '3cb5d900c5de'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 511471cc46b0 not started: the database is no longer at 3cb5d900c5de, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_table agents (511471cc46b0_agent_ext_model_supp.yaml:5:5)
create table "agents" ("id" varchar(36) not null, "agent_type" varchar(255) not null, "binary" varchar(255) not null, "topic" varchar(255) not null, "host" varchar(255) not null, "admin_state_up" boolean not null default true, "created_at" timestamp not null, "started_at" timestamp not null, "heartbeat_timestamp" timestamp not null, "description" varchar(255) null, "configurations" varchar(4095) not null, primary key ("id"));
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '511471cc46b0' where "version_num" = '3cb5d900c5de'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 3cb5d900c5de to 511471cc46b0 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '511471cc46b0';
commit;

-- ----------------------------------------------------------------------------
-- revision 4/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '54c2c487e913', 'b3bbb83f9f685739afe8c1259d70cd712967cf02e89e685e4acd6884441bdb8c', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '54c2c487e913') and exists (select 1 from "sqlbundle_version" where "version_num" = '511471cc46b0'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 54c2c487e913 not started: the database is no longer at 511471cc46b0, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_enum lb_protocols [HTTP, HTTPS, TCP] (54c2c487e913_lbaas.yaml:6:5)
create type "lb_protocols" as enum ('HTTP', 'HTTPS', 'TCP');
-- create_enum lb_methods [ROUND_ROBIN, LEAST_CONNECTIONS, SOURCE_IP] (54c2c487e913_lbaas.yaml:7:5)
create type "lb_methods" as enum ('ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP');
-- create_enum sessionpersistences_type [SOURCE_IP, HTTP_COOKIE, APP_COOKIE] (54c2c487e913_lbaas.yaml:8:5)
create type "sessionpersistences_type" as enum ('SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE');
-- create_enum healthmonitors_type [PING, TCP, HTTP, HTTPS] (54c2c487e913_lbaas.yaml:9:5)
create type "healthmonitors_type" as enum ('PING', 'TCP', 'HTTP', 'HTTPS');
-- create_table vips (54c2c487e913_lbaas.yaml:11:5)
create table "vips" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "description" varchar(255) null, "port_id" varchar(36) null, "protocol_port" integer not null, "protocol" "lb_protocols" not null, "pool_id" varchar(36) not null, "status" varchar(16) not null, "admin_state_up" boolean not null, "connection_limit" integer null, primary key ("id"), constraint "uq_vips_pool_id" unique ("pool_id"), constraint "fk_vips_port_id" foreign key ("port_id") references "ports" ("id") on delete set null);
-- create_index ix_vips_tenant_id on vips[tenant_id] (54c2c487e913_lbaas.yaml:33:5)
create index "ix_vips_tenant_id" on "vips"("tenant_id");
-- create_table sessionpersistences (54c2c487e913_lbaas.yaml:35:5)
create table "sessionpersistences" ("vip_id" varchar(36) not null, "type" "sessionpersistences_type" not null, "cookie_name" varchar(1024) null, primary key ("vip_id"), constraint "fk_sessionpersistences_vip_id" foreign key ("vip_id") references "vips" ("id") on delete cascade);
-- create_table pools (54c2c487e913_lbaas.yaml:48:5)
create table "pools" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "vip_id" varchar(36) null, "name" varchar(255) null, "description" varchar(255) null, "subnet_id" varchar(36) not null, "protocol" "lb_protocols" not null, "lb_method" "lb_methods" not null, "status" varchar(16) not null, "admin_state_up" boolean not null, primary key ("id"), constraint "fk_pools_vip_id" foreign key ("vip_id") references "vips" ("id") on delete set null);
-- create_index ix_pools_tenant_id on pools[tenant_id] (54c2c487e913_lbaas.yaml:66:5)
create index "ix_pools_tenant_id" on "pools"("tenant_id");
-- create_table healthmonitors (54c2c487e913_lbaas.yaml:68:5)
create table "healthmonitors" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "type" "healthmonitors_type" not null, "delay" integer not null, "timeout" integer not null, "max_retries" integer not null, "http_method" varchar(16) null, "url_path" varchar(255) null, "expected_codes" varchar(64) null, "status" varchar(16) not null, "admin_state_up" boolean not null, primary key ("id"));
-- create_table poolmonitorassociations (54c2c487e913_lbaas.yaml:83:5)
create table "poolmonitorassociations" ("pool_id" varchar(36) not null, "monitor_id" varchar(36) not null, primary key ("pool_id", "monitor_id"), constraint "fk_poolmonitorassociations_pool_id" foreign key ("pool_id") references "pools" ("id") on delete cascade, constraint "fk_poolmonitorassociations_monitor_id" foreign key ("monitor_id") references "healthmonitors" ("id") on delete cascade);
-- create_table members (54c2c487e913_lbaas.yaml:99:5)
create table "members" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "pool_id" varchar(36) not null, "address" varchar(64) not null, "protocol_port" integer not null, "weight" integer not null, "status" varchar(16) not null, "admin_state_up" boolean not null, primary key ("id"), constraint "fk_members_pool_id" foreign key ("pool_id") references "pools" ("id") on delete cascade);
-- create_table poolstatisticss (54c2c487e913_lbaas.yaml:116:5)
create table "poolstatisticss" ("pool_id" varchar(36) not null, "bytes_in" integer not null, "bytes_out" integer not null, "active_connections" integer not null, "total_connections" integer not null, primary key ("pool_id"), constraint "fk_poolstatisticss_pool_id" foreign key ("pool_id") references "pools" ("id") on delete cascade);
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '54c2c487e913' where "version_num" = '511471cc46b0'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 511471cc46b0 to 54c2c487e913 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '54c2c487e913';
commit;

-- ----------------------------------------------------------------------------
-- revision 5/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1b693c095aa3', '31e90f0792f7bcef32f42ae2d18a255cd101986eb144d2165e284c93c93a99e4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1b693c095aa3') and exists (select 1 from "sqlbundle_version" where "version_num" = '54c2c487e913'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 1b693c095aa3 not started: the database is no longer at 54c2c487e913, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_table quotas (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
create table "quotas" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "resource" varchar(255) null, "limit" integer null, primary key ("id"));
-- create_index ix_quotas_tenant_id on quotas[tenant_id] (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
create index "ix_quotas_tenant_id" on "quotas"("tenant_id");
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '1b693c095aa3' where "version_num" = '54c2c487e913'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 54c2c487e913 to 1b693c095aa3 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '1b693c095aa3';
commit;

-- ----------------------------------------------------------------------------
-- revision 6/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '4692d074d587', '912bdbb61eee52ad723c33ee8bce258a555a22618401f3f0e7e416729e68318a', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '4692d074d587') and exists (select 1 from "sqlbundle_version" where "version_num" = '1b693c095aa3'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 4692d074d587 not started: the database is no longer at 1b693c095aa3, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_table networkdhcpagentbindings (4692d074d587_agent_scheduler.yaml:5:5)
create table "networkdhcpagentbindings" ("network_id" varchar(36) not null, "dhcp_agent_id" varchar(36) not null, primary key ("network_id", "dhcp_agent_id"), constraint "fk_networkdhcpagentbindings_network_id" foreign key ("network_id") references "networks" ("id") on delete cascade, constraint "fk_networkdhcpagentbindings_dhcp_agent_id" foreign key ("dhcp_agent_id") references "agents" ("id") on delete cascade);
-- create_table routerl3agentbindings (4692d074d587_agent_scheduler.yaml:20:5)
create table "routerl3agentbindings" ("id" varchar(36) not null, "router_id" varchar(36) null, "l3_agent_id" varchar(36) null, primary key ("id"), constraint "fk_routerl3agentbindings_router_id" foreign key ("router_id") references "routers" ("id") on delete cascade, constraint "fk_routerl3agentbindings_l3_agent_id" foreign key ("l3_agent_id") references "agents" ("id") on delete cascade);
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '4692d074d587' where "version_num" = '1b693c095aa3'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 1b693c095aa3 to 4692d074d587 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '4692d074d587';
commit;

-- ----------------------------------------------------------------------------
-- revision 7/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '48b6f43f7471', 'a73a71b3ea0ad81576cb87f4821e4565f364f15a1fdc21e4564e19ea6f05e0c4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '48b6f43f7471') and exists (select 1 from "sqlbundle_version" where "version_num" = '4692d074d587'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 48b6f43f7471 not started: the database is no longer at 4692d074d587, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_table servicetypes (48b6f43f7471_service_type.yaml:5:5)
create table "servicetypes" ("id" varchar(36) not null, "tenant_id" varchar(255) null, "name" varchar(255) null, "description" varchar(255) null, "default" boolean not null default false, "num_instances" integer null default 0, primary key ("id"));
-- create_table servicedefinitions (48b6f43f7471_service_type.yaml:15:5)
create table "servicedefinitions" ("id" varchar(36) not null, "service_class" varchar(255) not null, "plugin" varchar(255) null, "driver" varchar(255) null, "service_type_id" varchar(36) not null, primary key ("id"), constraint "fk_servicedefinitions_service_type_id" foreign key ("service_type_id") references "servicetypes" ("id") on delete cascade);
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '48b6f43f7471' where "version_num" = '4692d074d587'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 4692d074d587 to 48b6f43f7471 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '48b6f43f7471';
commit;

-- ----------------------------------------------------------------------------
-- revision 8/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '1c33fa3cd1a1', '1fadd30a8ad1e6f1a81aa57a31627f175125a130719033545c4e5ac4deab2f09', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '1c33fa3cd1a1') and exists (select 1 from "sqlbundle_version" where "version_num" = '48b6f43f7471'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 1c33fa3cd1a1 not started: the database is no longer at 48b6f43f7471, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- rename_table routes -> subnetroutes (1c33fa3cd1a1_extra_route_config.yaml:5:5)
alter table "routes" rename to "subnetroutes";
-- create_table routerroutes (1c33fa3cd1a1_extra_route_config.yaml:6:5)
create table "routerroutes" ("destination" varchar(64) not null, "nexthop" varchar(64) not null, "router_id" varchar(36) not null, primary key ("destination", "nexthop", "router_id"), constraint "fk_routerroutes_router_id" foreign key ("router_id") references "routers" ("id") on delete cascade);
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '1c33fa3cd1a1' where "version_num" = '48b6f43f7471'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 48b6f43f7471 to 1c33fa3cd1a1 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '1c33fa3cd1a1';
commit;

-- ----------------------------------------------------------------------------
-- revision 9/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2032abe8edac', '0d156c03464e020d760b25f193e984929dc02878b0b796d440b71e279ab770e7', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2032abe8edac') and exists (select 1 from "sqlbundle_version" where "version_num" = '1c33fa3cd1a1'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 2032abe8edac not started: the database is no longer at 1c33fa3cd1a1, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- add_column vips.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:6:5)
alter table "vips" add "status_description" varchar(255) null;
-- add_column pools.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:7:5)
alter table "pools" add "status_description" varchar(255) null;
-- add_column members.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:8:5)
alter table "members" add "status_description" varchar(255) null;
-- add_column healthmonitors.status_description string(255) (2032abe8edac_lbaas_status_description.yaml:9:5)
alter table "healthmonitors" add "status_description" varchar(255) null;
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '2032abe8edac' where "version_num" = '1c33fa3cd1a1'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 1c33fa3cd1a1 to 2032abe8edac (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '2032abe8edac';
commit;

-- ----------------------------------------------------------------------------
-- revision 10/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '5918cbddab04', 'db115decb3c69526e6c2e318626f96337ee790e0a2af2342128c452ace2dccc9', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '5918cbddab04') and exists (select 1 from "sqlbundle_version" where "version_num" = '2032abe8edac'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 5918cbddab04 not started: the database is no longer at 2032abe8edac, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- alter_column securitygrouprules.source_group_id rename to remote_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
alter table "securitygrouprules" rename column "source_group_id" to "remote_group_id";
-- alter_column securitygrouprules.source_ip_prefix rename to remote_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
alter table "securitygrouprules" rename column "source_ip_prefix" to "remote_ip_prefix";
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '5918cbddab04' where "version_num" = '2032abe8edac'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 2032abe8edac to 5918cbddab04 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '5918cbddab04';
commit;

-- ----------------------------------------------------------------------------
-- revision 11/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select 'f489cf14a79c', 'f0fc7227e486e768879b9906f5b760c24272e000776a474b35e20a3c631806f4', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = 'f489cf14a79c') and exists (select 1 from "sqlbundle_version" where "version_num" = '5918cbddab04'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision f489cf14a79c not started: the database is no longer at 5918cbddab04, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- alter_column poolstatisticss.bytes_in type bigint (f489cf14a79c_lbaas_statistics_and_members.yaml:7:5)
alter table "poolstatisticss" alter column "bytes_in" type bigint using "bytes_in"::bigint;
-- alter_column poolstatisticss.bytes_out type bigint (f489cf14a79c_lbaas_statistics_and_members.yaml:8:5)
alter table "poolstatisticss" alter column "bytes_out" type bigint using "bytes_out"::bigint;
-- add_unique members.uq_members_pool_id_address_protocol_port [pool_id, address, protocol_port] (f489cf14a79c_lbaas_statistics_and_members.yaml:9:5)
alter table "members" add constraint "uq_members_pool_id_address_protocol_port" unique ("pool_id", "address", "protocol_port");
-- add_check members.ck_members_weight (f489cf14a79c_lbaas_statistics_and_members.yaml:13:5)
alter table "members" add constraint "ck_members_weight" check ((weight >= 0 AND weight <= 256));
-- alter_column healthmonitors.http_method default 'GET' (f489cf14a79c_lbaas_statistics_and_members.yaml:14:5)
alter table "healthmonitors" alter "http_method" set default 'GET';
-- alter_column healthmonitors.url_path type string(1024), default '/' (f489cf14a79c_lbaas_statistics_and_members.yaml:16:5)
alter table "healthmonitors" alter column "url_path" type varchar(1024);
alter table "healthmonitors" alter "url_path" set default '/';
-- alter_column healthmonitors.expected_codes default '200' (f489cf14a79c_lbaas_statistics_and_members.yaml:17:5)
alter table "healthmonitors" alter "expected_codes" set default '200';
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = 'f489cf14a79c' where "version_num" = '5918cbddab04'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 5918cbddab04 to f489cf14a79c (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = 'f489cf14a79c';
commit;

-- ----------------------------------------------------------------------------
-- revision 12/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '3a520dd165d0', '405a9105d74a877b330aadb7291d0392025b07fda5c8eb9cd1af1ec8ce1fd30f', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '3a520dd165d0') and exists (select 1 from "sqlbundle_version" where "version_num" = 'f489cf14a79c'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 3a520dd165d0 not started: the database is no longer at f489cf14a79c, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- insert into servicetypes (1 row) (3a520dd165d0_seed_lbaas_service_type.yaml:6:5)
insert into "servicetypes" ("id", "name", "description", "default", "num_instances") values ('5a8b6f6a-7b8c-4d2e-9f10-3c4d5e6f7a8b', 'default', 'default load balancer service type', true, 0);
-- insert into servicedefinitions (1 row) (3a520dd165d0_seed_lbaas_service_type.yaml:14:5)
insert into "servicedefinitions" ("id", "service_class", "plugin", "driver", "service_type_id") values ('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'LOADBALANCER', 'quantum.plugins.services.agent_loadbalancer.plugin.LoadBalancerPlugin', 'quantum.plugins.services.agent_loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver', '5a8b6f6a-7b8c-4d2e-9f10-3c4d5e6f7a8b');
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '3a520dd165d0' where "version_num" = 'f489cf14a79c'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from f489cf14a79c to 3a520dd165d0 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '3a520dd165d0';
commit;

-- ----------------------------------------------------------------------------
-- revision 13/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '52ff27f7567a', '5a31a242bbd942bf509fd74151b9de125360f4f373af389e281113f6882b6974', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '52ff27f7567a') and exists (select 1 from "sqlbundle_version" where "version_num" = '3a520dd165d0'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 52ff27f7567a not started: the database is no longer at 3a520dd165d0, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- sql UPDATE servicedefinitions SET driver = 'quantum.services.... (52ff27f7567a_haproxy_driver_path.yaml:8:5)
UPDATE servicedefinitions SET driver = 'quantum.services.loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver' WHERE driver = 'quantum.plugins.services.agent_loadbalancer.drivers.haproxy.plugin_driver.HaproxyOnHostPluginDriver';
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '52ff27f7567a' where "version_num" = '3a520dd165d0'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 3a520dd165d0 to 52ff27f7567a (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '52ff27f7567a';
commit;

-- ----------------------------------------------------------------------------
-- revision 14/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '263772d65691', 'e8f5be044624933e727eab57fa4b5d24201a79d82176ecfb442acb2ec5f5b055', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '263772d65691') and exists (select 1 from "sqlbundle_version" where "version_num" = '52ff27f7567a'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 263772d65691 not started: the database is no longer at 52ff27f7567a, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- sql UPDATE networks SET admin_state_up = TRUE WHERE admin_sta... (263772d65691_network_admin_state_not_null.yaml:7:5)
UPDATE networks SET admin_state_up = TRUE WHERE admin_state_up IS NULL;
-- alter_column networks.admin_state_up not null, default true (263772d65691_network_admin_state_not_null.yaml:11:5)
alter table "networks" alter "admin_state_up" set not null;
alter table "networks" alter "admin_state_up" set default true;
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '263772d65691' where "version_num" = '52ff27f7567a'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 52ff27f7567a to 263772d65691 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '263772d65691';
commit;

-- ----------------------------------------------------------------------------
-- revision 15/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '38335592a0dc', 'eab065707f1f5b613eafbb1bf4433e1d2c9dafa5cc7423da0035b971978427cd', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '38335592a0dc') and exists (select 1 from "sqlbundle_version" where "version_num" = '263772d65691'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 38335592a0dc not started: the database is no longer at 263772d65691, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- add_unique agents.uq_agents_agent_type_host [agent_type, host] (38335592a0dc_agents_unique_type_host.yaml:5:5)
alter table "agents" add constraint "uq_agents_agent_type_host" unique ("agent_type", "host");
-- create_index ix_agents_heartbeat_timestamp on agents[heartbeat_timestamp] (38335592a0dc_agents_unique_type_host.yaml:6:5)
create index "ix_agents_heartbeat_timestamp" on "agents"("heartbeat_timestamp");
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '38335592a0dc' where "version_num" = '263772d65691'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 263772d65691 to 38335592a0dc (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '38335592a0dc';
commit;

-- ----------------------------------------------------------------------------
-- revision 16/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '45680af419f9', '1b2f1ef8034022d5e2ed282487b9d76c12b4691eccd31e5a975390dbe8d7f0ac', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '45680af419f9') and exists (select 1 from "sqlbundle_version" where "version_num" = '38335592a0dc'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 45680af419f9 not started: the database is no longer at 38335592a0dc, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- alter_column subnets.enable_dhcp drop default (45680af419f9_subnets_enable_dhcp_default.yaml:5:5)
alter table "subnets" alter "enable_dhcp" drop default;
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '45680af419f9' where "version_num" = '38335592a0dc'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 38335592a0dc to 45680af419f9 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '45680af419f9';
commit;

-- ----------------------------------------------------------------------------
-- revision 17/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '128e042a2b68', '4737269baa9c67f453326a96da7db5c9dbb9fc42a660ae1344e052fe43efb697', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '128e042a2b68') and exists (select 1 from "sqlbundle_version" where "version_num" = '45680af419f9'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 128e042a2b68 not started: the database is no longer at 45680af419f9, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_view pool_member_counts (128e042a2b68_lbaas_pool_member_view.yaml:8:5)
create view "pool_member_counts" as SELECT p.id AS pool_id, p.tenant_id AS tenant_id, p.status AS status, COUNT(m.id) AS member_count FROM pools p LEFT JOIN members m ON m.pool_id = p.id GROUP BY p.id, p.tenant_id, p.status;
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '128e042a2b68' where "version_num" = '45680af419f9'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 45680af419f9 to 128e042a2b68 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '128e042a2b68';
commit;

-- ----------------------------------------------------------------------------
-- revision 18/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
begin;
do $sqlbundle_row$ declare n bigint; begin insert into "sqlbundle_version_history" ("revision", "checksum", "state") select '2528ceb28230', '53e90a40559935089d5167d87a22527d9a0fdb54c6051302e0cdcbca7bab111b', 'started' where not exists (select 1 from "sqlbundle_version_history" where "revision" = '2528ceb28230') and exists (select 1 from "sqlbundle_version" where "version_num" = '128e042a2b68'); get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle: revision 2528ceb28230 not started: the database is no longer at 128e042a2b68, or sqlbundle_version_history already has a row for it (another run?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
-- create_index ix_routers_tenant_id on routers[tenant_id] (2528ceb28230_grizzly.yaml:6:5)
create index "ix_routers_tenant_id" on "routers"("tenant_id");
-- create_index ix_floatingips_tenant_id on floatingips[tenant_id] (2528ceb28230_grizzly.yaml:7:5)
create index "ix_floatingips_tenant_id" on "floatingips"("tenant_id");
-- create_index ix_securitygroups_tenant_id on securitygroups[tenant_id] (2528ceb28230_grizzly.yaml:8:5)
create index "ix_securitygroups_tenant_id" on "securitygroups"("tenant_id");
-- create_index ix_ports_device_owner on ports[device_owner] (2528ceb28230_grizzly.yaml:9:5)
create index "ix_ports_device_owner" on "ports"("device_owner");
do $sqlbundle_row$ declare n bigint; begin update "sqlbundle_version" set "version_num" = '2528ceb28230' where "version_num" = '128e042a2b68'; get diagnostics n = row_count; if n <> 1 then raise exception '%', 'sqlbundle stamp: version table sqlbundle_version did not move from 128e042a2b68 to 2528ceb28230 (another run moved it?): ' || n || ' row(s) changed'; end if; end $sqlbundle_row$;
update "sqlbundle_version_history" set "state" = 'applied' where "revision" = '2528ceb28230';
commit;

-- End of upgrade bundle: the database is now at 2528ceb28230.
