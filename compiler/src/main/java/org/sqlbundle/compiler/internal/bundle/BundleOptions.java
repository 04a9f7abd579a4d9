package org.sqlbundle.compiler.internal.bundle;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sqlbundle.compiler.TransactionMode;
import org.sqlbundle.errors.SqlbundleException;

/** Choices that shape a bundle beyond the chain and the range. */
public record BundleOptions(String versionTable, TransactionMode transactions, Optional<Path> templatesDir) {

    public static final String DEFAULT_VERSION_TABLE = "sqlbundle_version";
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,50}");

    public BundleOptions {
        if (!TABLE_NAME.matcher(versionTable).matches()) {
            throw SqlbundleException.badInput("version table name '" + versionTable + "' must be a plain identifier "
                    + "(letters, digits, _) of at most 51 characters, so that its history table <name>_history and "
                    + "that table's key <name>_history_pkc fit every dialect's 63; e.g. sqlbundle_version or alembic_version");
        }
    }

    public static BundleOptions defaults() {
        return new BundleOptions(DEFAULT_VERSION_TABLE, TransactionMode.PER_REVISION, Optional.empty());
    }
}
