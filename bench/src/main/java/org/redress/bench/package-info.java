/**
 * The benchmarks run by {@code bench/run}: ingest and search speed and memory on generated, fictional corpora, each
 * beside the floor of plain Tika, Lucene or Tesseract on the same input. Speed targets live here and never in timed
 * unit tests, because the machine is shared and a timing in a test would fail for reasons unrelated to the code.
 */
package org.redress.bench;
