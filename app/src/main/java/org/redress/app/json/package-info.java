/**
 * The JSON of Redress: one Jackson style, and the shapes of what both the command line's {@code --json} and the
 * HTTP API print, defined once here so a script sees the same field names either way, plus RFC 9457 problem
 * details for errors.
 */
package org.redress.app.json;
