// check and compile passed; verify failed the build naming the revision whose downgrade leaves its index behind
def log = new File(basedir, 'build.log').text
assert log.contains('sqlbundle check OK: linear chain of 3 revisions')
assert new File(basedir, 'target/sqlbundle/h2/upgrade.sql').isFile() : 'dialects came from config/sqlbundle.yaml'
assert !new File(basedir, 'target/sqlbundle/postgresql').exists()
assert log.contains('Failed to execute goal org.sqlbundle:sqlbundle-maven-plugin')
assert log.contains('sqlbundle verify failed on sqlite: revision bbbb00000002 (step 2, db/revisions/0002_status_and_index.yaml) downgrade-restores')
assert log.contains('index ix_pools_tenant')

def report = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/failsafe-reports/TEST-sqlbundle.xml'))
def failed = report.testcase.findAll { it.failure.size() > 0 }.collect { it.@name.text() }
assert failed == ['step 2 bbbb00000002 downgrade-restores'] : "failed test cases: $failed"
return true
