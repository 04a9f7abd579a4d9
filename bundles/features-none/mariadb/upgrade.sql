-- sqlbundle 0.1.0: upgrade bundle for mariadb
-- chain:         lbaas
-- fingerprint:   sha256:1fad6347950c99ca0ac4818340338f1725bf9de4093a00e376683a9dda63b96c
-- range:         base -> 2528ceb28230
-- features:      none
-- version table: sqlbundle_version
-- history table: sqlbundle_version_history
-- transactions:  DDL: none, mariadb commits every DDL statement by itself, a revision with DDL is marked started in the history table first and stamped with it in one transaction at its end, one without DDL runs in one transaction with its stamp
-- run with:      mariadb <database> < <this file>   (the client stops at the first error)
-- note:          MariaDB commits each DDL statement implicitly; a failed revision may be
--                half-applied. The version table always names the last COMPLETED revision;
--                the history table marks the cut-short one started, and every later
--                bundle stops on it until it is resolved (docs/online.md#after-a-crash).
-- revisions in this bundle (18), in the order they run:
--   8f682276ee4f [folsom] folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
--   3cb5d900c5de security groups: groups, rules and port bindings
--   511471cc46b0 agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
--   54c2c487e913 (skipped: feature not enabled) DB support for load balancing service (LBaaS with the HAProxy driver)
--   1b693c095aa3 per-tenant quotas in the database (quota driver DbQuotaDriver)
--   4692d074d587 agent scheduler: bind networks to DHCP agents and routers to L3 agents
--   48b6f43f7471 service types: which plugin and driver serve each advanced service
--   1c33fa3cd1a1 extra routes on routers, the DHCP host routes table becomes subnetroutes
--   2032abe8edac (skipped: feature not enabled) LBaaS: a status_description on every load balancer object, for the agent's error text
--   5918cbddab04 security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
--   f489cf14a79c (skipped: feature not enabled) LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
--   3a520dd165d0 (skipped: feature not enabled) seed the default LOADBALANCER service type served by the HAProxy agent driver
--   52ff27f7567a (skipped: feature not enabled) data fix: the HAProxy driver moved to the services.loadbalancer package
--   263772d65691 networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
--   38335592a0dc agents: one agent of each type per host
--   45680af419f9 subnets.enable_dhcp: the API supplies the default, drop the server default
--   128e042a2b68 (skipped: feature not enabled) LBaaS: pool_member_counts view for the HAProxy agent's status report
--   2528ceb28230 [grizzly] grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups

-- Session settings and the history table (created when missing), before anything else runs.
set @sqlbundle_old_sql_mode = @@session.sql_mode;
set session sql_mode = replace(replace(replace(@@session.sql_mode, 'NO_BACKSLASH_ESCAPES,', ''), ',NO_BACKSLASH_ESCAPES', ''), 'NO_BACKSLASH_ESCAPES', '');
create table if not exists `sqlbundle_version_history` (`revision` varchar(32) not null, `checksum` varchar(64) not null, `state` varchar(16) not null, constraint `sqlbundle_version_history_pkc` primary key (`revision`));

-- The version table, created when missing: this bundle starts at base.
create table if not exists `sqlbundle_version` (`version_num` varchar(32) not null, constraint `sqlbundle_version_pkc` primary key (`version_num`));

-- Guard: stop before changing anything unless the database is at base.
set @sqlbundle_guard = if((select count(*) from `sqlbundle_version`) = 0, 'do 0', 'select `sqlbundle guard: database is not at base (empty version table)`');
prepare sqlbundle_guard from @sqlbundle_guard;
execute sqlbundle_guard;
deallocate prepare sqlbundle_guard;
set @sqlbundle_guard = (select if(count(*) = 0, 'do 0', concat('select `', 'sqlbundle guard: a revision was cut short, see docs/online.md#after-a-crash (statements of it may have run; stamp the revision the schema is really at): ', group_concat(replace(concat(`revision`, ' ', `state`), '`', '') order by `revision` separator ', '), '`')) from `sqlbundle_version_history` where `state` <> 'applied');
prepare sqlbundle_guard from @sqlbundle_guard;
execute sqlbundle_guard;
deallocate prepare sqlbundle_guard;

-- ----------------------------------------------------------------------------
-- revision 1/18: 8f682276ee4f [folsom] (parent base)
-- message: folsom initial schema: networks, subnets, ports, IP allocations, routers and floating IPs
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '8f682276ee4f', '6c1dd3125acf7a870144ac30353f66557e3ff6b71f688f3bb71ec4a797347db0', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '8f682276ee4f') and not exists (select 1 from `sqlbundle_version`);
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 8f682276ee4f not started: the database is no longer at base, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_table networks (8f682276ee4f_folsom_initial.yaml:6:5)
create table `networks` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `status` varchar(16) null, `admin_state_up` tinyint(1) null, `shared` tinyint(1) null, primary key (`id`));
-- create_index ix_networks_tenant_id on networks[tenant_id] (8f682276ee4f_folsom_initial.yaml:15:5)
create index `ix_networks_tenant_id` on `networks`(`tenant_id`);
-- create_table subnets (8f682276ee4f_folsom_initial.yaml:17:5)
create table `subnets` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `network_id` varchar(36) null, `ip_version` int not null, `cidr` varchar(64) not null, `gateway_ip` varchar(64) null, `enable_dhcp` tinyint(1) null default true, `shared` tinyint(1) null, primary key (`id`), constraint `fk_subnets_network_id` foreign key (`network_id`) references `networks` (`id`) on delete cascade);
-- create_index ix_subnets_tenant_id on subnets[tenant_id] (8f682276ee4f_folsom_initial.yaml:34:5)
create index `ix_subnets_tenant_id` on `subnets`(`tenant_id`);
-- create_table dnsnameservers (8f682276ee4f_folsom_initial.yaml:36:5)
create table `dnsnameservers` (`address` varchar(128) not null, `subnet_id` varchar(36) not null, primary key (`address`, `subnet_id`), constraint `fk_dnsnameservers_subnet_id` foreign key (`subnet_id`) references `subnets` (`id`) on delete cascade);
-- create_table routes (8f682276ee4f_folsom_initial.yaml:49:5)
create table `routes` (`destination` varchar(64) not null, `nexthop` varchar(64) not null, `subnet_id` varchar(36) not null, primary key (`destination`, `nexthop`, `subnet_id`), constraint `fk_routes_subnet_id` foreign key (`subnet_id`) references `subnets` (`id`) on delete cascade);
-- create_table ipallocationpools (8f682276ee4f_folsom_initial.yaml:62:5)
create table `ipallocationpools` (`id` varchar(36) not null, `subnet_id` varchar(36) null, `first_ip` varchar(64) not null, `last_ip` varchar(64) not null, primary key (`id`), constraint `fk_ipallocationpools_subnet_id` foreign key (`subnet_id`) references `subnets` (`id`) on delete cascade);
-- create_table ports (8f682276ee4f_folsom_initial.yaml:75:5)
create table `ports` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `network_id` varchar(36) not null, `mac_address` varchar(32) not null, `admin_state_up` tinyint(1) not null, `status` varchar(16) not null, `device_id` varchar(255) not null, `device_owner` varchar(255) not null, primary key (`id`), constraint `uq_ports_network_id_mac_address` unique (`network_id`, `mac_address`), constraint `fk_ports_network_id` foreign key (`network_id`) references `networks` (`id`) on delete cascade);
-- create_index ix_ports_tenant_id on ports[tenant_id] (8f682276ee4f_folsom_initial.yaml:94:5)
create index `ix_ports_tenant_id` on `ports`(`tenant_id`);
-- create_index ix_ports_device_id on ports[device_id] (8f682276ee4f_folsom_initial.yaml:95:5)
create index `ix_ports_device_id` on `ports`(`device_id`);
-- create_table ipallocations (8f682276ee4f_folsom_initial.yaml:97:5)
create table `ipallocations` (`port_id` varchar(36) null, `ip_address` varchar(64) not null, `subnet_id` varchar(36) not null, `network_id` varchar(36) not null, `expiration` datetime null, primary key (`ip_address`, `subnet_id`, `network_id`), constraint `fk_ipallocations_port_id` foreign key (`port_id`) references `ports` (`id`) on delete cascade, constraint `fk_ipallocations_subnet_id` foreign key (`subnet_id`) references `subnets` (`id`) on delete cascade, constraint `fk_ipallocations_network_id` foreign key (`network_id`) references `networks` (`id`) on delete cascade);
-- create_table routers (8f682276ee4f_folsom_initial.yaml:120:5)
create table `routers` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `status` varchar(16) null, `admin_state_up` tinyint(1) null, `gw_port_id` varchar(36) null, primary key (`id`), constraint `fk_routers_gw_port_id` foreign key (`gw_port_id`) references `ports` (`id`) on delete set null);
-- create_table floatingips (8f682276ee4f_folsom_initial.yaml:135:5)
create table `floatingips` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `floating_ip_address` varchar(64) not null, `floating_network_id` varchar(36) not null, `floating_port_id` varchar(36) not null, `fixed_port_id` varchar(36) null, `fixed_ip_address` varchar(64) null, `router_id` varchar(36) null, primary key (`id`), constraint `fk_floatingips_floating_port_id` foreign key (`floating_port_id`) references `ports` (`id`) on delete cascade, constraint `fk_floatingips_fixed_port_id` foreign key (`fixed_port_id`) references `ports` (`id`) on delete set null, constraint `fk_floatingips_router_id` foreign key (`router_id`) references `routers` (`id`) on delete set null);
start transaction;
insert into `sqlbundle_version` (`version_num`) select '8f682276ee4f' from dual where not exists (select 1 from `sqlbundle_version`);
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from base to 8f682276ee4f (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '8f682276ee4f';
commit;

-- ----------------------------------------------------------------------------
-- revision 2/18: 3cb5d900c5de (parent 8f682276ee4f)
-- message: security groups: groups, rules and port bindings
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '3cb5d900c5de', '1bc07fdc299ae057b9c0ed6f06f8ee2c52945d81eff822926ad470b0e1be562b', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '3cb5d900c5de') and exists (select 1 from `sqlbundle_version` where `version_num` = '8f682276ee4f');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 3cb5d900c5de not started: the database is no longer at 8f682276ee4f, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_enum securitygrouprules_direction [ingress, egress] (3cb5d900c5de_security_groups.yaml:5:5)
-- create_table securitygroups (3cb5d900c5de_security_groups.yaml:6:5)
create table `securitygroups` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `description` varchar(255) null, primary key (`id`));
-- create_table securitygrouprules (3cb5d900c5de_security_groups.yaml:13:5)
create table `securitygrouprules` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `security_group_id` varchar(36) not null, `source_group_id` varchar(36) null, `direction` enum('ingress', 'egress') null, `ethertype` varchar(40) null, `protocol` varchar(40) null, `port_range_min` int null, `port_range_max` int null, `source_ip_prefix` varchar(255) null, primary key (`id`), constraint `fk_securitygrouprules_security_group_id` foreign key (`security_group_id`) references `securitygroups` (`id`) on delete cascade, constraint `fk_securitygrouprules_source_group_id` foreign key (`source_group_id`) references `securitygroups` (`id`) on delete cascade);
-- create_table securitygroupportbindings (3cb5d900c5de_security_groups.yaml:35:5)
create table `securitygroupportbindings` (`port_id` varchar(36) not null, `security_group_id` varchar(36) not null, primary key (`port_id`, `security_group_id`), constraint `fk_securitygroupportbindings_port_id` foreign key (`port_id`) references `ports` (`id`) on delete cascade, constraint `fk_securitygroupportbindings_security_group_id` foreign key (`security_group_id`) references `securitygroups` (`id`));
start transaction;
update `sqlbundle_version` set `version_num` = '3cb5d900c5de' where `version_num` = '8f682276ee4f';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 8f682276ee4f to 3cb5d900c5de (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '3cb5d900c5de';
commit;

-- ----------------------------------------------------------------------------
-- revision 3/18: 511471cc46b0 (parent 3cb5d900c5de)
-- message: agent extension model: one row per DHCP / L3 / LBaaS agent, refreshed by its heartbeat
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '511471cc46b0', '00d46f5efba9f38dbb78824f2924f55a426a51ce9e52b6919e4fcc4ef3db1b68', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '511471cc46b0') and exists (select 1 from `sqlbundle_version` where `version_num` = '3cb5d900c5de');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 511471cc46b0 not started: the database is no longer at 3cb5d900c5de, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_table agents (511471cc46b0_agent_ext_model_supp.yaml:5:5)
create table `agents` (`id` varchar(36) not null, `agent_type` varchar(255) not null, `binary` varchar(255) not null, `topic` varchar(255) not null, `host` varchar(255) not null, `admin_state_up` tinyint(1) not null default true, `created_at` datetime not null, `started_at` datetime not null, `heartbeat_timestamp` datetime not null, `description` varchar(255) null, `configurations` varchar(4095) not null, primary key (`id`));
start transaction;
update `sqlbundle_version` set `version_num` = '511471cc46b0' where `version_num` = '3cb5d900c5de';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 3cb5d900c5de to 511471cc46b0 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '511471cc46b0';
commit;

-- ----------------------------------------------------------------------------
-- revision 4/18: 54c2c487e913 (parent 511471cc46b0)
-- message: DB support for load balancing service (LBaaS with the HAProxy driver)
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '54c2c487e913', 'b3bbb83f9f685739afe8c1259d70cd712967cf02e89e685e4acd6884441bdb8c', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '54c2c487e913') and exists (select 1 from `sqlbundle_version` where `version_num` = '511471cc46b0');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 54c2c487e913 not started: the database is no longer at 511471cc46b0, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = '54c2c487e913' where `version_num` = '511471cc46b0';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 511471cc46b0 to 54c2c487e913 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '54c2c487e913';
commit;

-- ----------------------------------------------------------------------------
-- revision 5/18: 1b693c095aa3 (parent 54c2c487e913)
-- message: per-tenant quotas in the database (quota driver DbQuotaDriver)
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '1b693c095aa3', '31e90f0792f7bcef32f42ae2d18a255cd101986eb144d2165e284c93c93a99e4', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '1b693c095aa3') and exists (select 1 from `sqlbundle_version` where `version_num` = '54c2c487e913');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 1b693c095aa3 not started: the database is no longer at 54c2c487e913, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_table quotas (1b693c095aa3_quota_ext_db_grizzly.yaml:5:5)
create table `quotas` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `resource` varchar(255) null, `limit` int null, primary key (`id`));
-- create_index ix_quotas_tenant_id on quotas[tenant_id] (1b693c095aa3_quota_ext_db_grizzly.yaml:13:5)
create index `ix_quotas_tenant_id` on `quotas`(`tenant_id`);
start transaction;
update `sqlbundle_version` set `version_num` = '1b693c095aa3' where `version_num` = '54c2c487e913';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 54c2c487e913 to 1b693c095aa3 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '1b693c095aa3';
commit;

-- ----------------------------------------------------------------------------
-- revision 6/18: 4692d074d587 (parent 1b693c095aa3)
-- message: agent scheduler: bind networks to DHCP agents and routers to L3 agents
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '4692d074d587', '912bdbb61eee52ad723c33ee8bce258a555a22618401f3f0e7e416729e68318a', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '4692d074d587') and exists (select 1 from `sqlbundle_version` where `version_num` = '1b693c095aa3');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 4692d074d587 not started: the database is no longer at 1b693c095aa3, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_table networkdhcpagentbindings (4692d074d587_agent_scheduler.yaml:5:5)
create table `networkdhcpagentbindings` (`network_id` varchar(36) not null, `dhcp_agent_id` varchar(36) not null, primary key (`network_id`, `dhcp_agent_id`), constraint `fk_networkdhcpagentbindings_network_id` foreign key (`network_id`) references `networks` (`id`) on delete cascade, constraint `fk_networkdhcpagentbindings_dhcp_agent_id` foreign key (`dhcp_agent_id`) references `agents` (`id`) on delete cascade);
-- create_table routerl3agentbindings (4692d074d587_agent_scheduler.yaml:20:5)
create table `routerl3agentbindings` (`id` varchar(36) not null, `router_id` varchar(36) null, `l3_agent_id` varchar(36) null, primary key (`id`), constraint `fk_routerl3agentbindings_router_id` foreign key (`router_id`) references `routers` (`id`) on delete cascade, constraint `fk_routerl3agentbindings_l3_agent_id` foreign key (`l3_agent_id`) references `agents` (`id`) on delete cascade);
start transaction;
update `sqlbundle_version` set `version_num` = '4692d074d587' where `version_num` = '1b693c095aa3';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 1b693c095aa3 to 4692d074d587 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '4692d074d587';
commit;

-- ----------------------------------------------------------------------------
-- revision 7/18: 48b6f43f7471 (parent 4692d074d587)
-- message: service types: which plugin and driver serve each advanced service
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '48b6f43f7471', 'a73a71b3ea0ad81576cb87f4821e4565f364f15a1fdc21e4564e19ea6f05e0c4', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '48b6f43f7471') and exists (select 1 from `sqlbundle_version` where `version_num` = '4692d074d587');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 48b6f43f7471 not started: the database is no longer at 4692d074d587, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_table servicetypes (48b6f43f7471_service_type.yaml:5:5)
create table `servicetypes` (`id` varchar(36) not null, `tenant_id` varchar(255) null, `name` varchar(255) null, `description` varchar(255) null, `default` tinyint(1) not null default false, `num_instances` int null default 0, primary key (`id`));
-- create_table servicedefinitions (48b6f43f7471_service_type.yaml:15:5)
create table `servicedefinitions` (`id` varchar(36) not null, `service_class` varchar(255) not null, `plugin` varchar(255) null, `driver` varchar(255) null, `service_type_id` varchar(36) not null, primary key (`id`), constraint `fk_servicedefinitions_service_type_id` foreign key (`service_type_id`) references `servicetypes` (`id`) on delete cascade);
start transaction;
update `sqlbundle_version` set `version_num` = '48b6f43f7471' where `version_num` = '4692d074d587';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 4692d074d587 to 48b6f43f7471 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '48b6f43f7471';
commit;

-- ----------------------------------------------------------------------------
-- revision 8/18: 1c33fa3cd1a1 (parent 48b6f43f7471)
-- message: extra routes on routers, the DHCP host routes table becomes subnetroutes
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '1c33fa3cd1a1', '1fadd30a8ad1e6f1a81aa57a31627f175125a130719033545c4e5ac4deab2f09', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '1c33fa3cd1a1') and exists (select 1 from `sqlbundle_version` where `version_num` = '48b6f43f7471');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 1c33fa3cd1a1 not started: the database is no longer at 48b6f43f7471, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- rename_table routes -> subnetroutes (1c33fa3cd1a1_extra_route_config.yaml:5:5)
alter table `routes` rename to `subnetroutes`;
-- create_table routerroutes (1c33fa3cd1a1_extra_route_config.yaml:6:5)
create table `routerroutes` (`destination` varchar(64) not null, `nexthop` varchar(64) not null, `router_id` varchar(36) not null, primary key (`destination`, `nexthop`, `router_id`), constraint `fk_routerroutes_router_id` foreign key (`router_id`) references `routers` (`id`) on delete cascade);
start transaction;
update `sqlbundle_version` set `version_num` = '1c33fa3cd1a1' where `version_num` = '48b6f43f7471';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 48b6f43f7471 to 1c33fa3cd1a1 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '1c33fa3cd1a1';
commit;

-- ----------------------------------------------------------------------------
-- revision 9/18: 2032abe8edac (parent 1c33fa3cd1a1)
-- message: LBaaS: a status_description on every load balancer object, for the agent's error text
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '2032abe8edac', '0d156c03464e020d760b25f193e984929dc02878b0b796d440b71e279ab770e7', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '2032abe8edac') and exists (select 1 from `sqlbundle_version` where `version_num` = '1c33fa3cd1a1');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 2032abe8edac not started: the database is no longer at 1c33fa3cd1a1, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = '2032abe8edac' where `version_num` = '1c33fa3cd1a1';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 1c33fa3cd1a1 to 2032abe8edac (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '2032abe8edac';
commit;

-- ----------------------------------------------------------------------------
-- revision 10/18: 5918cbddab04 (parent 2032abe8edac)
-- message: security group rules: source_group_id / source_ip_prefix become remote_group_id / remote_ip_prefix
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '5918cbddab04', 'db115decb3c69526e6c2e318626f96337ee790e0a2af2342128c452ace2dccc9', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '5918cbddab04') and exists (select 1 from `sqlbundle_version` where `version_num` = '2032abe8edac');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 5918cbddab04 not started: the database is no longer at 2032abe8edac, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column securitygrouprules.source_group_id rename to remote_group_id (5918cbddab04_securitygroup_remote_rename.yaml:6:5)
alter table `securitygrouprules` change column `source_group_id` `remote_group_id` varchar(36) null;
-- alter_column securitygrouprules.source_ip_prefix rename to remote_ip_prefix (5918cbddab04_securitygroup_remote_rename.yaml:7:5)
alter table `securitygrouprules` change column `source_ip_prefix` `remote_ip_prefix` varchar(255) null;
start transaction;
update `sqlbundle_version` set `version_num` = '5918cbddab04' where `version_num` = '2032abe8edac';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 2032abe8edac to 5918cbddab04 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '5918cbddab04';
commit;

-- ----------------------------------------------------------------------------
-- revision 11/18: f489cf14a79c (parent 5918cbddab04)
-- message: LBaaS: 64-bit pool statistics, one member per address and port, monitor defaults
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select 'f489cf14a79c', 'f0fc7227e486e768879b9906f5b760c24272e000776a474b35e20a3c631806f4', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = 'f489cf14a79c') and exists (select 1 from `sqlbundle_version` where `version_num` = '5918cbddab04');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision f489cf14a79c not started: the database is no longer at 5918cbddab04, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = 'f489cf14a79c' where `version_num` = '5918cbddab04';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 5918cbddab04 to f489cf14a79c (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = 'f489cf14a79c';
commit;

-- ----------------------------------------------------------------------------
-- revision 12/18: 3a520dd165d0 (parent f489cf14a79c)
-- message: seed the default LOADBALANCER service type served by the HAProxy agent driver
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '3a520dd165d0', '405a9105d74a877b330aadb7291d0392025b07fda5c8eb9cd1af1ec8ce1fd30f', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '3a520dd165d0') and exists (select 1 from `sqlbundle_version` where `version_num` = 'f489cf14a79c');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 3a520dd165d0 not started: the database is no longer at f489cf14a79c, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = '3a520dd165d0' where `version_num` = 'f489cf14a79c';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from f489cf14a79c to 3a520dd165d0 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '3a520dd165d0';
commit;

-- ----------------------------------------------------------------------------
-- revision 13/18: 52ff27f7567a (parent 3a520dd165d0)
-- message: data fix: the HAProxy driver moved to the services.loadbalancer package
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '52ff27f7567a', '5a31a242bbd942bf509fd74151b9de125360f4f373af389e281113f6882b6974', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '52ff27f7567a') and exists (select 1 from `sqlbundle_version` where `version_num` = '3a520dd165d0');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 52ff27f7567a not started: the database is no longer at 3a520dd165d0, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = '52ff27f7567a' where `version_num` = '3a520dd165d0';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 3a520dd165d0 to 52ff27f7567a (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '52ff27f7567a';
commit;

-- ----------------------------------------------------------------------------
-- revision 14/18: 263772d65691 (parent 52ff27f7567a)
-- message: networks.admin_state_up: backfill NULLs, then NOT NULL with a default of true
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '263772d65691', 'e8f5be044624933e727eab57fa4b5d24201a79d82176ecfb442acb2ec5f5b055', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '263772d65691') and exists (select 1 from `sqlbundle_version` where `version_num` = '52ff27f7567a');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 263772d65691 not started: the database is no longer at 52ff27f7567a, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- sql UPDATE networks SET admin_state_up = TRUE WHERE admin_sta... (263772d65691_network_admin_state_not_null.yaml:7:5)
UPDATE networks SET admin_state_up = TRUE WHERE admin_state_up IS NULL;
-- alter_column networks.admin_state_up not null, default true (263772d65691_network_admin_state_not_null.yaml:11:5)
alter table `networks` modify column `admin_state_up` tinyint(1) not null default true;
start transaction;
update `sqlbundle_version` set `version_num` = '263772d65691' where `version_num` = '52ff27f7567a';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 52ff27f7567a to 263772d65691 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '263772d65691';
commit;

-- ----------------------------------------------------------------------------
-- revision 15/18: 38335592a0dc (parent 263772d65691)
-- message: agents: one agent of each type per host
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '38335592a0dc', 'eab065707f1f5b613eafbb1bf4433e1d2c9dafa5cc7423da0035b971978427cd', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '38335592a0dc') and exists (select 1 from `sqlbundle_version` where `version_num` = '263772d65691');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 38335592a0dc not started: the database is no longer at 263772d65691, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- add_unique agents.uq_agents_agent_type_host [agent_type, host] (38335592a0dc_agents_unique_type_host.yaml:5:5)
alter table `agents` add constraint `uq_agents_agent_type_host` unique (`agent_type`, `host`);
-- create_index ix_agents_heartbeat_timestamp on agents[heartbeat_timestamp] (38335592a0dc_agents_unique_type_host.yaml:6:5)
create index `ix_agents_heartbeat_timestamp` on `agents`(`heartbeat_timestamp`);
start transaction;
update `sqlbundle_version` set `version_num` = '38335592a0dc' where `version_num` = '263772d65691';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 263772d65691 to 38335592a0dc (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '38335592a0dc';
commit;

-- ----------------------------------------------------------------------------
-- revision 16/18: 45680af419f9 (parent 38335592a0dc)
-- message: subnets.enable_dhcp: the API supplies the default, drop the server default
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '45680af419f9', '1b2f1ef8034022d5e2ed282487b9d76c12b4691eccd31e5a975390dbe8d7f0ac', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '45680af419f9') and exists (select 1 from `sqlbundle_version` where `version_num` = '38335592a0dc');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 45680af419f9 not started: the database is no longer at 38335592a0dc, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- alter_column subnets.enable_dhcp drop default (45680af419f9_subnets_enable_dhcp_default.yaml:5:5)
alter table `subnets` modify column `enable_dhcp` tinyint(1) null;
start transaction;
update `sqlbundle_version` set `version_num` = '45680af419f9' where `version_num` = '38335592a0dc';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 38335592a0dc to 45680af419f9 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '45680af419f9';
commit;

-- ----------------------------------------------------------------------------
-- revision 17/18: 128e042a2b68 (parent 45680af419f9)
-- message: LBaaS: pool_member_counts view for the HAProxy agent's status report
-- skipped: needs feature lbaas, which is not enabled; only the version is stamped
start transaction;
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '128e042a2b68', '4737269baa9c67f453326a96da7db5c9dbb9fc42a660ae1344e052fe43efb697', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '128e042a2b68') and exists (select 1 from `sqlbundle_version` where `version_num` = '45680af419f9');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 128e042a2b68 not started: the database is no longer at 45680af419f9, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version` set `version_num` = '128e042a2b68' where `version_num` = '45680af419f9';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 45680af419f9 to 128e042a2b68 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '128e042a2b68';
commit;

-- ----------------------------------------------------------------------------
-- revision 18/18: 2528ceb28230 [grizzly] (parent 128e042a2b68)
-- message: grizzly release: index tenant-scoped lookups on routers, floating IPs and security groups
insert into `sqlbundle_version_history` (`revision`, `checksum`, `state`) select '2528ceb28230', '53e90a40559935089d5167d87a22527d9a0fdb54c6051302e0cdcbca7bab111b', 'started' from dual where not exists (select 1 from `sqlbundle_version_history` where `revision` = '2528ceb28230') and exists (select 1 from `sqlbundle_version` where `version_num` = '128e042a2b68');
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle: revision 2528ceb28230 not started: the database is no longer at 128e042a2b68, or sqlbundle_version_history already has a row for it (another run?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
-- create_index ix_routers_tenant_id on routers[tenant_id] (2528ceb28230_grizzly.yaml:6:5)
create index `ix_routers_tenant_id` on `routers`(`tenant_id`);
-- create_index ix_floatingips_tenant_id on floatingips[tenant_id] (2528ceb28230_grizzly.yaml:7:5)
create index `ix_floatingips_tenant_id` on `floatingips`(`tenant_id`);
-- create_index ix_securitygroups_tenant_id on securitygroups[tenant_id] (2528ceb28230_grizzly.yaml:8:5)
create index `ix_securitygroups_tenant_id` on `securitygroups`(`tenant_id`);
-- create_index ix_ports_device_owner on ports[device_owner] (2528ceb28230_grizzly.yaml:9:5)
create index `ix_ports_device_owner` on `ports`(`device_owner`);
start transaction;
update `sqlbundle_version` set `version_num` = '2528ceb28230' where `version_num` = '128e042a2b68';
set @sqlbundle_rows = row_count();
set @sqlbundle_check = if(@sqlbundle_rows = 1, 'do 0', 'select `sqlbundle stamp: version table sqlbundle_version did not move from 128e042a2b68 to 2528ceb28230 (another run moved it?)`');
prepare sqlbundle_check from @sqlbundle_check;
execute sqlbundle_check;
deallocate prepare sqlbundle_check;
update `sqlbundle_version_history` set `state` = 'applied' where `revision` = '2528ceb28230';
commit;
set session sql_mode = @sqlbundle_old_sql_mode;

-- End of upgrade bundle: the database is now at 2528ceb28230.
