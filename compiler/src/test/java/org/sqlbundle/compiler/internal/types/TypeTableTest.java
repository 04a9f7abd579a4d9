package org.sqlbundle.compiler.internal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlbundle.compiler.Dialect;
import org.sqlbundle.compiler.internal.model.PortableType;
import org.sqlbundle.compiler.internal.model.PortableType.Kind;
import org.sqlbundle.compiler.internal.model.Schema;

/** Each dialect's table reads its own catalog spellings back: to the same type, or to the broadest of those alike. */
class TypeTableTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyCatalogSpellingParsesBackToATypeThatPrintsTheSame(Dialect dialect) {
        TypeTable table = TypeTable.forDialect(dialect);
        for (Kind kind : Kind.values()) {
            if (kind == Kind.ENUM) {
                continue;
            }
            PortableType type = switch (kind) {
                case STRING -> new PortableType(Kind.STRING, 36, 0, "");
                case DECIMAL -> new PortableType(Kind.DECIMAL, 10, 2, "");
                default -> PortableType.of(kind);
            };
            String printed = table.catalog(type, Schema.EMPTY);
            Optional<PortableType> back = table.parse(printed, Set.of());
            assertEquals(printed, back.map(b -> table.catalog(b, Schema.EMPTY)).orElse("(nothing)"),
                    dialect + " " + kind + " printed as " + printed);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ddlAndCatalogAgreeOnTheKindsThatHaveNoAlias(Dialect dialect) {
        // the two columns may spell a type differently, but never name a different width of it
        TypeTable table = TypeTable.forDialect(dialect);
        for (PortableType t : List.of(new PortableType(Kind.STRING, 7, 0, ""), new PortableType(Kind.DECIMAL, 9, 3, ""))) {
            String ddl = table.ddl(t, Schema.EMPTY, s -> s).replace(" ", "");
            String catalog = table.catalog(t, Schema.EMPTY).replace(" ", "");
            assertEquals(ddl.substring(ddl.indexOf('(')).toLowerCase(java.util.Locale.ROOT),
                    catalog.substring(catalog.indexOf('(')), dialect + " " + t);
        }
    }
}
