// the check goal failed the build at the op's file:line:col with the CLI's message; compile never ran
def log = new File(basedir, 'build.log').text
assert log.contains('Failed to execute goal org.sqlbundle:sqlbundle-maven-plugin')
assert log.contains("db/revisions/0002_status.yaml:5:5: error[E103]: create_index ix_pools_status: column 'pools.status' does not exist")
assert !new File(basedir, 'target/sqlbundle').exists()
return true
