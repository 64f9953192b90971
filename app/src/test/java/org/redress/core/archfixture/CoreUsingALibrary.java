package org.redress.core.archfixture;

/** Breaks the core rule on purpose (a test class, so the real import leaves it out). */
public final class CoreUsingALibrary {
    public String json(Object o) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
    }
}
