package org.sqlbundle.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Run by {@link SqlbundleChainTest} through the test kit: a good chain with a feature, on H2. */
@SqlbundleChain(dir = "src/test/resources/chains/pools", features = {"lbaas"}, target = "h2")
class PoolsOnH2Sample {

    @TestFactory
    Stream<DynamicTest> chain(ChainVerification chain) {
        return chain.dynamicTests();
    }
}
