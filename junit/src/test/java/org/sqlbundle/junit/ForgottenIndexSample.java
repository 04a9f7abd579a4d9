package org.sqlbundle.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Run by {@link SqlbundleChainTest} through the test kit (not a test of its own): revision 2 forgets its index. */
@SqlbundleChain(dir = "src/test/resources/chains/forgotten-index")
class ForgottenIndexSample {

    @TestFactory
    Stream<DynamicTest> chain(ChainVerification chain) {
        return chain.dynamicTests();
    }
}
