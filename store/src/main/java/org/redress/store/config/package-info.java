/**
 * A case's own configuration files (event kinds, short names, mail domains, lexicon, claim templates, laws,
 * calendars, letters): plain text in a plain case, sealed with the case's file subkey in an encrypted one, read and
 * written only through {@link org.redress.store.config.CaseConfigFiles}.
 */
package org.redress.store.config;
