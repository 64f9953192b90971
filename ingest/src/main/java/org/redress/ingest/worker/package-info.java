/**
 * Extraction isolated in a separate JVM with its own memory limit, watched by a clock that progress resets. A file
 * that hangs the parser, exhausts memory or crashes the process costs one recorded failure and a fresh process, never
 * the run; the two sides talk in one JSON request per line.
 */
package org.redress.ingest.worker;
