package org.sqlbundle.compiler.internal.plan;

import org.sqlbundle.compiler.Revision;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;

/**
 * A revision whose downgrade leaves the model different from before its upgrade: the object and what differs,
 * found at compile time, before any database exists. {@code pos} is the downgrade op that last changed the object,
 * or the revision's {@code downgrade:} key when no downgrade op touched it.
 */
public record Asymmetry(Revision revision, SourcePos pos, String object, String difference) {

    public static final String CODE = "E145";

    /** Whether the author allowed it in the file ({@code symmetry: {allow_asymmetric: ...}}). */
    public boolean allowedInFile() {
        return revision.asymmetryAllowed().isPresent();
    }

    public Problem problem() {
        return Problem.of(pos, CODE, "revision " + revision.id() + ": the downgrade does not restore the schema: "
                + object + ": " + difference, "make the downgrade undo every upgrade op; if the difference is "
                + "deliberate, add 'symmetry: {allow_asymmetric: \"why\"}' to the revision or pass --allow-asymmetric "
                + revision.id());
    }

    /** The same finding as a warning, once allowed; {@code why} says by what. */
    public Problem allowed(String why) {
        return Problem.of(pos, CODE, "revision " + revision.id() + ": the downgrade does not restore the schema ("
                + why + "): " + object + ": " + difference);
    }
}
