package org.sqlbundle.verifier;

/** How scripts reach the database: statement by statement over JDBC, or the exact file through the real client. */
public enum ReplayMode {
    JDBC, CLIENT
}
