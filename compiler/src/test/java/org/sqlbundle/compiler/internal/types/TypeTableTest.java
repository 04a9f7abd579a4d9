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

    /** Alembic's sa.Text() is MySQL's TEXT: a bounded text renders, prints and reads back as the smallest that holds it. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void boundedTextIsTheSmallestMysqlTextThatHoldsIt(Dialect dialect) {
        TypeTable table = TypeTable.forDialect(dialect);
        for (String[] c : new String[][] {{"text(1)", "tinytext"}, {"text(255)", "tinytext"}, {"text(256)", "text"},
                {"text(65535)", "text"}, {"text(65536)", "mediumtext"}, {"text(16777215)", "mediumtext"},
                {"text(16777216)", "longtext"}, {"text", "longtext"}}) {
            PortableType type = PortableType.parse(c[0]);
            assertEquals(c[1], table.ddl(type, Schema.EMPTY, s -> s), c[0]);
            assertEquals(c[1], table.catalog(type, Schema.EMPTY), c[0]);
        }
        assertEquals(Optional.of(PortableType.parse("text(255)")), table.parse("tinytext", Set.of()));
        assertEquals(Optional.of(PortableType.parse("text(65535)")), table.parse("text", Set.of()));
        assertEquals(Optional.of(PortableType.parse("text(16777215)")), table.parse("mediumtext", Set.of()));
        assertEquals(Optional.of(PortableType.parse("text")), table.parse("longtext", Set.of()));
    }

    /** Elsewhere a bound changes nothing: text is unbounded there, so text(n) spells and reads as text. */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "H2", "SQLITE"})
    void boundedTextIsPlainTextElsewhere(Dialect dialect) {
        TypeTable table = TypeTable.forDialect(dialect);
        PortableType text = PortableType.parse("text");
        PortableType bounded = PortableType.parse("text(65535)");
        assertEquals(table.ddl(text, Schema.EMPTY, s -> s), table.ddl(bounded, Schema.EMPTY, s -> s));
        assertEquals(table.catalog(text, Schema.EMPTY), table.catalog(bounded, Schema.EMPTY));
    }
}
