package org.sqlbundle.compiler.internal.render;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlbundle.compiler.Dialect;

/**
 * The one factory of jOOQ contexts: fixed settings (always quote names, inline literals, lower-case
 * keywords, no formatting, the root locale for changing case) so rendering is the same on every
 * machine. Renderers get their context here and nowhere else.
 */
public final class JooqContexts {

    private static final Map<Dialect, DSLContext> CONTEXTS = new EnumMap<>(Dialect.class);

    private JooqContexts() {
    }

    public static synchronized DSLContext of(Dialect dialect) {
        return CONTEXTS.computeIfAbsent(dialect, d -> DSL.using(d.jooq, settings()));
    }

    public static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
                .withRenderNameCase(RenderNameCase.AS_IS)
                .withRenderKeywordCase(RenderKeywordCase.LOWER)
                // jOOQ changes the case of keywords and names in renderLocale, by default the JVM's
                .withRenderLocale(Locale.ROOT)
                .withParseLocale(Locale.ROOT)
                .withParamType(ParamType.INLINED)
                .withRenderFormatted(false)
                .withRenderSchema(false)
                .withRenderCatalog(false);
    }
}
