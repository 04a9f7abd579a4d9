package org.sqlbundle.compiler.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortableTypeTest {

    private static PortableType t(String text) {
        return PortableType.parse(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "integer;integer", "int;integer", "bigint;bigint", "smallint;smallint", "boolean;boolean",
            "bool;boolean", "string(36);string(36)", "varchar(10);string(10)", "STRING( 255 );string(255)",
            "text;text", "date;date", "datetime;datetime", "timestamp;timestamp", "decimal(10,2);decimal(10,2)",
            "numeric(5);decimal(5)", "decimal( 10 , 2 );decimal(10,2)", "float;float", "double;double",
            "binary;binary", "blob;binary", "json;json", "enum(lb_methods);enum(lb_methods)", "  text  ;text",
            "text(65535);text(65535)", "TEXT( 255 );text(255)", "text(2147483647);text(2147483647)"})
    void parsesEveryPortableType(String text, String canonical) {
        PortableType type = t(text);
        assertEquals(canonical, type.toString());
        assertEquals(type, t(type.toString()));
    }

    @Test
    void componentsOfParameterisedTypes() {
        assertEquals(new PortableType(PortableType.Kind.DECIMAL, 10, 2, ""), t("decimal(10,2)"));
        assertEquals(new PortableType(PortableType.Kind.ENUM, 0, 0, "Lb"), t("enum(Lb)"));
        assertEquals(OptionalInt.of(36), t("string(36)").stringLength());
        assertEquals(OptionalInt.empty(), t("text").stringLength());
        assertTrue(t("enum(x)").isEnum());
        assertTrue(t("smallint").isInteger());
        assertFalse(t("decimal(3)").isInteger());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "string;string needs a length", "string(abc);string needs a length",
            "string(10,2);string needs a length", "string(0);string length must be 1..65535",
            "string(70000);string length must be 1..65535", "string(99999999999);string length must be 1..65535",
            "decimal;decimal needs a precision", "decimal(0);1 <= p <= 65", "decimal(66,2);1 <= p <= 65",
            "decimal(5,6);s <= p", "decimal(10,99999999999);s <= p", "enum;enum needs the name",
            "enum(a,1);enum needs the name", "integer(4);integer takes no arguments", "uuid;unknown type 'uuid'",
            "'';is not a portable type", "string(-1);is not a portable type", "text[];is not a portable type",
            "text(0);text takes no size or one size in bytes", "text(2147483648);1 <= n <= 2147483647",
            "text(99999999999);1 <= n <= 2147483647", "text(1,2);text takes no size", "text(x);text takes no size"})
    void rejectsWithAMessageForTheErrorLine(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1} narrows: {2}")
    @CsvSource(delimiter = ';', value = {
            "string(10);string(20);false", "string(20);string(10);true", "string(20);text;false",
            "text;string(20);true", "decimal(10,2);decimal(12,2);false", "decimal(10,2);decimal(10,3);true",
            "decimal(10,2);decimal(11,1);true", "decimal(10,2);decimal(9,2);true", "integer;bigint;false",
            "smallint;integer;false", "bigint;integer;true", "integer;smallint;true", "integer;string(20);false",
            "bigint;text;false", "integer;string(10);true", "float;double;false", "double;float;true",
            "integer;integer;false", "boolean;integer;true", "text;json;true", "datetime;date;true",
            "enum(a);enum(b);true",
            // changes that round, truncate or cut off the time of day (the data round trip shows them on H2 / PostgreSQL)
            "decimal(10,3);decimal(10,2);true", "float;integer;true", "double;bigint;true", "text;string(65535);true",
            "timestamp;date;true", "decimal(10,2);integer;true",
            // a bounded text holds fewer bytes than a larger bound or than unbounded text
            "text;text(65535);true", "text(65535);text;false", "text(255);text(65535);false",
            "text(65535);text(255);true", "string(300);text(255);true", "string(200);text(255);false",
            "text(255);string(300);true", "integer;text(255);false", "integer;text(10);true"})
    void narrowsTo(String from, String to, boolean narrows) {
        assertEquals(narrows, t(from).narrowsTo(t(to)));
    }
}
