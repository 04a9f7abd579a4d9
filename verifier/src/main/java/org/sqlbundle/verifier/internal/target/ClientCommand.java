package org.sqlbundle.verifier.internal.target;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to start the real command-line client for a target, reading a script on stdin: the argument vector, extra
 * environment (a password goes here, as PGPASSWORD or MYSQL_PWD, never into the arguments, which {@code ps}
 * shows), and a password-free description for messages.
 */
public record ClientCommand(List<String> argv, SortedMap<String, String> environment, String description) {

    public ClientCommand {
        argv = List.copyOf(argv);
        environment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    }

    public static ClientCommand of(List<String> argv, Map<String, String> environment) {
        return new ClientCommand(argv, new TreeMap<>(environment), String.join(" ", argv));
    }
}
