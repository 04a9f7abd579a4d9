// The chain passed every goal, the bundles are where the compile goal puts them, and both JUnit reports name one
// test per revision and check.
def log = new File(basedir, 'build.log').text
assert log.contains('sqlbundle check OK: linear chain of 3 revisions')
assert log.contains('lint: 0 errors')
assert log.contains('BUILD SUCCESS')
['postgresql', 'sqlite'].each { d ->
    ['upgrade.sql', 'downgrade.sql', 'bundle.json', 'MANIFEST.sha256'].each { f ->
        assert new File(basedir, "target/sqlbundle/$d/$f").isFile() : "target/sqlbundle/$d/$f"
    }
}
assert !new File(basedir, 'target/sqlbundle/mysql').exists() : 'only the configured dialects are compiled'

def revisions = ['1a2b3c4d5e01', '1a2b3c4d5e02', '1a2b3c4d5e03']
def checks = ['upgrade-matches-model', 'downgrade-restores', 'upgrade-again-same', 'version-stamp', 'data-round-trip']
def wholeRange = ['bundle-upgrade-matches-walk', 'guard-refuses-wrong-version', 'bundle-downgrade-restores']

// the JUnit extension, through Surefire: one test case per revision x check, plus the whole-range checks
def surefire = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-com.example.ChainTest.xml'))
def names = surefire.testcase.collect { it.@name.text() }
def expected = revisions.collectMany { r -> checks.collect { c -> "revision $r $c".toString() } } +
        wholeRange.collect { "whole range $it".toString() }
// Surefire's phrased names put the factory's display name first
assert names == expected.collect { "sqlbundle $it".toString() } : "Surefire test cases: $names"
assert surefire.@failures.text() == '0' && surefire.@errors.text() == '0' && surefire.@skipped.text() == '0'

// the verify goal's own report, where Failsafe's go
def failsafe = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/failsafe-reports/TEST-sqlbundle.xml'))
assert failsafe.testcase.size() == expected.size()
assert failsafe.@failures.text() == '0'
return true
