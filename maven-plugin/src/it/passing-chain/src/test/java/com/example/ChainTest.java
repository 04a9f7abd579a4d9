package com.example;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sqlbundle.junit.ChainVerification;
import org.sqlbundle.junit.SqlbundleChain;

@SqlbundleChain(dir = "db/revisions", features = {"lbaas"}, target = "sqlite")
class ChainTest {

    @TestFactory
    @DisplayName("sqlbundle")
    Stream<DynamicTest> revisions(ChainVerification chain) {
        return chain.dynamicTests();
    }
}
