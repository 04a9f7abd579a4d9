package org.sqlbundle.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Gives test methods of a {@link SqlbundleChain} class the {@link ChainVerification} the annotation describes. */
public final class SqlbundleExtension implements ParameterResolver {

    /** Resolves parameters of type {@link ChainVerification}, nothing else. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChainVerification.class;
    }

    /**
     * The {@link ChainVerification} described by the test class's {@link SqlbundleChain}; a {@code
     * ParameterResolutionException} when the class has none. Reads nothing yet: the chain is loaded when the
     * verification runs.
     */
    @Override
    public ChainVerification resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SqlbundleChain chain = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SqlbundleChain.class)
                .orElseThrow(() -> new ParameterResolutionException("a ChainVerification parameter needs "
                        + "@SqlbundleChain(dir = \"...\") on " + context.getRequiredTestClass().getName()));
        return ChainVerification.of(chain);
    }
}
