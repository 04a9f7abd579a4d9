package org.sqlbundle.importer;

import java.util.List;

/** One Alembic revision as it will be written: same id and parent, its docstring's first line as message. */
record ImportedRevision(String file, String id, String parent, String message, List<String> features,
        List<YamlOp> upgrade, List<YamlOp> downgrade) {
}
