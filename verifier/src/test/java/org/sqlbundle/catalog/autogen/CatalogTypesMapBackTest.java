package org.sqlbundle.catalog.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlbundle.catalog.expect.ExpectedSchema;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.Column;
import org.sqlbundle.compiler.internal.model.EnumType;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PrimaryKey;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.internal.model.Table;
import org.sqlbundle.compiler.internal.types.TypeTable;

/**
 * Every portable type, printed as each dialect's snapshot reader prints it (the verifier's projection), maps back
 * to itself, or where two types print alike to the one documented in docs/autogenerate.md.
 */
class CatalogTypesMapBackTest {

    private static final List<String> TYPES = List.of("integer", "bigint", "smallint", "boolean", "string(40)", "text",
            "text(255)", "text(65535)", "text(16777215)", "date", "datetime", "timestamp", "decimal(10,2)", "decimal(12)", "float", "double", "binary", "json",
            "enum(mood)");
    private static final EnumType MOOD = new EnumType("mood", List.of("ok", "it's bad"));

    /** Types that print like another one on that dialect, and what they read back as. */
    private static final Map<Dialect, Map<String, String>> ALIKE = Map.of(
            // a text's bound is a MySQL/MariaDB matter: elsewhere it prints, and reads back, as text
            Dialect.POSTGRESQL, Map.of("timestamp", "datetime", "text(255)", "text", "text(65535)", "text",
                    "text(16777215)", "text"),
            Dialect.SQLITE, Map.of("bigint", "integer", "smallint", "integer", "json", "text", "enum(mood)", "text",
                    "float", "double", "text(255)", "text", "text(65535)", "text", "text(16777215)", "text"),
            Dialect.H2, Map.of("timestamp", "datetime", "text(255)", "text", "text(65535)", "text",
                    "text(16777215)", "text"),
            Dialect.MYSQL, Map.of("timestamp", "datetime"),
            Dialect.MARIADB, Map.of("timestamp", "datetime"));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyPortableTypeMapsBack(Dialect dialect) {
        Schema schema = Schema.EMPTY.withEnum(MOOD);
        List<Column> columns = new java.util.ArrayList<>();
        columns.add(new Column("id", PortableType.parse("integer"), false, Optional.empty(), false, Optional.empty()));
        for (int i = 0; i < TYPES.size(); i++) {
            columns.add(new Column("c" + i, PortableType.parse(TYPES.get(i)), true, Optional.empty(), false,
                    Optional.empty()));
        }
        schema = schema.withTable(new Table("t", columns, Optional.of(new PrimaryKey("", List.of("id"))), List.of(),
                List.of(), List.of(), List.of(), Optional.empty()));
        var printed = ExpectedSchema.projected(schema, dialect).tables().get("t").columns();
        for (int i = 0; i < TYPES.size(); i++) {
            String type = TYPES.get(i);
            String text = printed.get("c" + i).type();
            String expected = ALIKE.get(dialect).getOrDefault(type, type);
            Optional<PortableType> back = TypeTable.forDialect(dialect).parse(text, Set.of("mood"));
            if (back.isEmpty()) {
                assertEquals("enum(mood)", expected, dialect + " " + type + " printed as " + text);
                assertEquals(Optional.of(MOOD.labels()), TypeTable.inlineEnumLabels(text), text);
            } else {
                assertEquals(PortableType.parse(expected), back.get(), dialect + " " + type + " printed as " + text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void typesWithoutAPortableFormAreEmpty(Dialect dialect) {
        for (String text : List.of("uuid", "tinyint(4)", "character(10)", "interval", "numeric", "")) {
            assertTrue(TypeTable.forDialect(dialect).parse(text, Set.of()).isEmpty(), dialect + " " + text);
        }
    }
}
