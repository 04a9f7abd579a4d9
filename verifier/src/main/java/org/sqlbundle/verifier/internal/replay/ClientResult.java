package org.sqlbundle.verifier.internal.replay;

/** What a client run printed and how it exited. */
public record ClientResult(int exitCode, String stdout, String stderr) {
}
