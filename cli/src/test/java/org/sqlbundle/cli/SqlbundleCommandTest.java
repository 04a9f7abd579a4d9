package org.sqlbundle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlbundle.cli.Sqlbundle.Outcome;
import org.sqlbundle.errors.SqlbundleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SqlbundleCommandTest {

    @TempDir
    Path work;

    /** A verb that fails the way it is told, to drive the one exception handler. */
    @Command(name = "fail")
    static final class FailingCommand implements Callable<Integer> {
        private final Exception failure;

        FailingCommand(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private Outcome failWith(Exception failure, String... args) {
        CommandLine commandLine = SqlbundleCommand.newCommandLine(new Environment(work, new java.util.Random(1)));
        commandLine.addSubcommand(new FailingCommand(failure));
        return Sqlbundle.run(commandLine, args);
    }

    @Test
    void noVerbPrintsUsageAndIsAUsageError() {
        Outcome run = Sqlbundle.run(work);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Usage: sqlbundle [-hV] [--debug] [--config=FILE] [COMMAND]"), run.err());
        for (String verb : List.of("check", "history", "heads", "show", "revision", "generate-completion")) {
            assertTrue(run.err().contains("\n  " + verb + " "), verb);
        }
        assertTrue(run.err().contains("Exit codes:"), run.err());
    }

    @Test
    void aCommandLineForOneVerbSetsUpThatVerbAlone() {
        Environment env = new Environment(work, new java.util.Random(1));
        assertEquals(List.of("compile"), List.copyOf(SqlbundleCommand.newCommandLine(env, "compile", "--out", "x")
                .getSubcommands().keySet()));
        // help, unknown verbs (for their did-you-mean) and completion need every verb
        for (String[] args : List.of(new String[0], new String[]{"--help"}, new String[]{"compil"},
                new String[]{"generate-completion"})) {
            assertEquals(SqlbundleCommand.VERBS.size(), SqlbundleCommand.newCommandLine(env, args)
                    .getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void aBareVersionSetsUpNoVerbAndStillPrintsTheVersion() {
        Environment env = new Environment(work, new java.util.Random(1));
        for (String flag : List.of("--version", "-V")) {
            CommandLine commandLine = SqlbundleCommand.newCommandLine(env, flag);
            assertEquals(0, commandLine.getSubcommands().size(), flag);
            Outcome run = Sqlbundle.run(commandLine, flag);
            assertEquals(0, run.exitCode(), flag);
            assertTrue(run.out().matches("sqlbundle \\S+\\R"), run.out());
        }
        // anything after it is still parsed against the verbs: an unknown verb stays a usage error
        assertEquals(SqlbundleCommand.VERBS.size(),
                SqlbundleCommand.newCommandLine(env, "--version", "compil").getSubcommands().size());
    }

    @Test
    void everyVerbsHelpIsTheSameWhetherItIsSetUpAloneOrWithTheOthers() {
        Environment env = new Environment(work, new java.util.Random(1));
        for (String verb : SqlbundleCommand.newCommandLine(env).getSubcommands().keySet()) {
            Outcome alone = Sqlbundle.run(SqlbundleCommand.newCommandLine(env, verb, "--help"), verb, "--help");
            Outcome withAll = Sqlbundle.run(SqlbundleCommand.newCommandLine(env), verb, "--help");
            assertEquals(withAll.out(), alone.out(), verb);
            assertEquals(0, alone.exitCode(), verb);
        }
    }

    @Test
    void helpOfAVerbShowsItsOptions() {
        Outcome run = Sqlbundle.run(work, "revision", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: sqlbundle revision "), run.out());
        assertTrue(run.out().contains("--dir=DIR") && run.out().contains("--templates=DIR"), run.out());
    }

    @Test
    void versionComesFromTheFilteredResource() {
        Outcome run = Sqlbundle.run(work, "--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("sqlbundle \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
    }

    @Test
    void unknownVerbIsAUsageErrorWithSuggestions() {
        Outcome run = Sqlbundle.run(work, "chek");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Unmatched argument at index 0: 'chek'\n"), run.err());
        assertTrue(run.err().contains("Did you mean: sqlbundle check"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome run = Sqlbundle.run(work, "check", "--dri", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Unknown options: '--dri', 'x'"), run.err());
    }

    @Test
    void exitCodeFollowsTheKindOfFailure() {
        Outcome infrastructure = failWith(new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE,
                "docker is not running"), "fail");
        assertEquals(3, infrastructure.exitCode());
        assertEquals("error: docker is not running\n", infrastructure.err());
        Outcome check = failWith(new SqlbundleException(SqlbundleException.Kind.CHECK_FAILED, "downgrade differs"),
                "fail");
        assertEquals(1, check.exitCode());
        assertEquals(2, failWith(SqlbundleException.badInput("bad"), "fail").exitCode());
    }

    @Test
    void unexpectedExceptionsAreInternalErrorsWithoutStackTrace() {
        Outcome run = failWith(new IllegalStateException("oops"), "fail");
        assertEquals(1, run.exitCode());
        assertEquals("internal error: java.lang.IllegalStateException: oops\n"
                + "hint: this is a bug in sqlbundle; rerun with --debug for the stack trace and report it\n",
                run.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        Outcome run = failWith(new IllegalStateException("oops"), "fail", "--debug");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("\tat org.sqlbundle.cli.SqlbundleCommandTest"), run.err());
        assertTrue(run.err().contains("internal error: java.lang.IllegalStateException: oops"), run.err());
    }

    @Test
    void generatesABashCompletionScript() {
        Outcome run = Sqlbundle.run(work, "generate-completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out());
        assertTrue(run.out().contains("complete -F _complete_sqlbundle"), run.out());
        assertTrue(run.out().contains("revision") && run.out().contains("--dir"), run.out());
    }
}
