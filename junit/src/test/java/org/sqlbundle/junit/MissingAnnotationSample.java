package org.sqlbundle.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run by {@link SqlbundleChainTest}: the extension without @SqlbundleChain says what is missing. */
@ExtendWith(SqlbundleExtension.class)
class MissingAnnotationSample {

    @TestFactory
    Stream<DynamicTest> chain(ChainVerification chain) {
        return chain.dynamicTests();
    }
}
