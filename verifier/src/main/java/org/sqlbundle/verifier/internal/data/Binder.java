package org.sqlbundle.verifier.internal.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.PortableType;

/** Binds a generated value the way each driver and column type accepts it. */
final class Binder {

    private final Dialect dialect;

    Binder(Dialect dialect) {
        this.dialect = dialect;
    }

    void bind(PreparedStatement ps, int index, PortableType type, SeededValue v) throws SQLException {
        Object value = v.bind();
        if (value == null) {
            ps.setNull(index, nullType(type));
            return;
        }
        switch (type.kind()) {
            // pgjdbc sends a plain string as varchar, which an enum / jsonb column refuses; OTHER lets the server cast
            case ENUM, JSON -> {
                if (dialect == Dialect.POSTGRESQL) {
                    ps.setObject(index, value, Types.OTHER);
                } else if (dialect == Dialect.H2 && type.kind() == PortableType.Kind.JSON) {
                    // H2 turns a character string into a JSON *string*; bytes are parsed as JSON text
                    ps.setBytes(index, ((String) value).getBytes(StandardCharsets.UTF_8));
                } else {
                    ps.setString(index, (String) value);
                }
            }
            case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            case INTEGER, BIGINT, SMALLINT -> ps.setLong(index, ((BigDecimal) value).longValueExact());
            case DECIMAL, FLOAT, DOUBLE -> ps.setBigDecimal(index, (BigDecimal) value);
            case BINARY -> ps.setBytes(index, (byte[]) value);
            // SQLite has no date type: the text form is what a bundle's own literals store
            case DATE -> {
                if (dialect == Dialect.SQLITE) {
                    ps.setString(index, value.toString());
                } else {
                    ps.setObject(index, (LocalDate) value);
                }
            }
            case DATETIME, TIMESTAMP -> {
                if (dialect == Dialect.SQLITE) {
                    ps.setString(index, ValueText.dateTime(value.toString()));
                } else {
                    ps.setObject(index, (LocalDateTime) value);
                }
            }
            default -> ps.setString(index, value.toString());
        }
    }

    private int nullType(PortableType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT -> Types.BIGINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DECIMAL, FLOAT, DOUBLE -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case DATETIME, TIMESTAMP -> Types.TIMESTAMP;
            case BINARY -> dialect == Dialect.POSTGRESQL ? Types.BINARY : Types.BLOB;
            case ENUM, JSON -> dialect == Dialect.POSTGRESQL ? Types.OTHER : Types.VARCHAR;
            default -> Types.VARCHAR;
        };
    }
}
