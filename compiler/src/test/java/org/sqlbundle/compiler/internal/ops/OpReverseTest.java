package org.sqlbundle.compiler.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sqlbundle.compiler.internal.ops.OpFixture.BASE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sqlbundle.compiler.internal.model.Literal;
import org.sqlbundle.compiler.internal.model.Schema;
import org.sqlbundle.compiler.testing.OpScript;

/** Derived reverses that the random round trip reaches only rarely, pinned down as examples. */
class OpReverseTest {

    /** Applies the one op in {@code yaml} to {@code before}, then its reverse; returns the reverse's op names. */
    private static List<String> roundTrip(Schema before, String yaml) {
        Op op = OpScript.ops(yaml).get(0);
        Reversal undo = op.reverse(before);
        Schema back = OpScript.apply(op.apply(before), undo.ops());
        assertEquals(ReverseRoundTripPropertiesTest.normalise(before), ReverseRoundTripPropertiesTest.normalise(back));
        return undo.ops().stream().map(Op::opName).toList();
    }

    @Test
    void dropTableWithASelfReferenceToItsOwnUniqueIndex() {
        // found by the property: create_table ran before create_index, so the foreign key had no key yet
        Schema s = OpFixture.apply("""
                - create_table: {name: nodes, columns: [{name: id, type: integer, primary_key: true}, {name: code, type: integer}, {name: parent_code, type: integer}]}
                - create_index: {name: ux_nodes_code, table: nodes, columns: [code], unique: true}
                - add_foreign_key: {table: nodes, name: fk_parent, columns: [parent_code], references: {table: nodes, columns: [code]}}
                """);
        assertEquals(List.of("create_table", "create_index", "add_foreign_key"),
                roundTrip(s, "- drop_table: {name: nodes}"));
    }

    @Test
    void dropTableRecreatesIndexesAfterTheTable() {
        assertEquals(List.of("create_table", "create_index"), roundTrip(
                OpFixture.apply("- drop_constraint: {table: members, name: fk_members_pools}"),
                "- drop_table: {name: members}"));
    }

    @Test
    void dropConstraintWhileAnotherKeyCoversTheForeignKey() {
        // found by the property: a second unique on the same columns could not be dropped again
        Schema s = OpFixture.apply("""
                - add_foreign_key: {table: members, name: fk2, columns: [pool_code], references: {table: pools, columns: [code]}}
                - add_unique: {table: pools, name: uq_again, columns: [code]}
                """);
        assertEquals(List.of("add_unique"), roundTrip(s, "- drop_constraint: {table: pools, name: uq_again}"));
    }

    @Test
    void alterColumnReverseRestoresEveryPart() {
        assertEquals(List.of("alter_column"), roundTrip(BASE,
                "- alter_column: {table: pools, name: status, default: null, nullable: false, rename_to: state}"));
        roundTrip(BASE, "- alter_column: {table: pools, name: name, type: text, nullable: true, default: x}");
        roundTrip(BASE, "- alter_column: {table: pools, name: id, rename_to: pool_id}");
    }

    @Test
    void everyOtherSchemaOpRoundTrips() {
        roundTrip(BASE, "- drop_column: {table: members, name: note}");
        roundTrip(BASE, "- drop_index: {name: ix_members_port}");
        roundTrip(BASE, "- drop_constraint: {table: members, name: fk_members_pools}");
        roundTrip(BASE, "- drop_constraint: {table: pools, name: ck_pools_weight}");
        roundTrip(BASE, "- drop_view: {name: v_pools}");
        roundTrip(BASE, "- rename_table: {name: pools, to: lb_pools}");
        roundTrip(BASE, "- create_enum: {name: e, values: [a]}");
        roundTrip(OpFixture.apply("- create_enum: {name: e, values: [a]}"), "- drop_enum: {name: e}");
    }

    @Test
    void droppedNotNullColumnWithoutDefaultComesBackWithAPlaceholderFillThenNoDefault() {
        // a plain add_column NOT NULL without default is refused on a table with rows (found by the data round trip)
        Schema s = OpFixture.apply("""
                - create_enum: {name: colour, values: [red, blue]}
                - add_column: {table: members, column: {name: c, type: enum(colour), nullable: false, default: blue}}
                - alter_column: {table: members, name: c, default: null}
                - add_column: {table: members, column: {name: at, type: datetime, nullable: false, default: '2020-01-01 00:00:00'}}
                - alter_column: {table: members, name: at, default: null}
                """);
        for (String column : List.of("c", "at")) {
            Op drop = OpScript.ops("- drop_column: {table: members, name: " + column + "}").get(0);
            List<Op> undo = drop.reverse(s).ops();
            assertEquals(List.of("add_column", "alter_column"), roundTrip(s, "- drop_column: {table: members, name: " + column + "}"));
            AddColumn add = (AddColumn) undo.get(0);
            assertEquals(column.equals("c") ? Literal.string("red") : Literal.string("1970-01-01 00:00:00"),
                    add.column().defaultValue().orElseThrow(), "the first enum label / the epoch fills existing rows");
            assertEquals(Optional.of(Literal.NULL), ((AlterColumn) undo.get(1)).defaultValue(), "then the default goes");
        }
        // nullable, or with a default of its own: re-added as it was, in one op
        assertEquals(List.of("add_column"), roundTrip(BASE, "- drop_column: {table: members, name: note}"));
    }
}
