package org.sqlbundle.verifier.data;

/** Placeholder for the collaborator's class (replaced at merge). */
public final class SeededRows {
}
