package org.sqlbundle.cli.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic's offline script for a range, cut into one script per migration step. Alembic writes a range as the
 * concatenation of its steps, each announced by a {@code -- Running upgrade A -> B} comment and (with
 * transaction_per_migration) wrapped in its own BEGIN/COMMIT, so each piece is exactly what
 * {@code alembic upgrade A:B --sql} prints for that step; one Alembic run per direction instead of one per step.
 */
record AlembicSteps(List<Step> steps) {

    /** One migration step: from and to are revision ids, "" for base. */
    record Step(String from, String to, String sql) {
    }

    private static final Pattern MARKER = Pattern.compile("(?m)^-- Running (?:upgrade|downgrade) (\\w*) -> (\\w*)$");
    private static final Pattern OPEN = Pattern.compile("(?s)\\s*BEGIN;\\s*$");

    static AlembicSteps parse(String script) {
        Matcher m = MARKER.matcher(script);
        List<int[]> starts = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            ends.add(new String[] {m.group(1), m.group(2)});
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("no '-- Running upgrade/downgrade' marker in Alembic's output:\n" + script);
        }
        List<Step> steps = new ArrayList<>();
        String carried = script.substring(0, starts.get(0)[0]);
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : script.length();
            String body = script.substring(starts.get(i)[0], end);
            String next = "";
            Matcher open = OPEN.matcher(body);
            if (i + 1 < starts.size() && open.find()) {
                // the BEGIN before the next step's marker opens that step's transaction
                next = body.substring(open.start());
                body = body.substring(0, open.start()) + "\n";
            }
            steps.add(new Step(ends.get(i)[0], ends.get(i)[1], carried + body));
            carried = next;
        }
        return new AlembicSteps(steps);
    }
}
