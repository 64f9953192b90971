/**
 * The audit log as files in the case folder: {@code audit/entries.log}, one tab-separated line per entry chained by
 * SHA-256 to the line before it, and {@code audit/head}, the last entry's number and hash sealed with an HMAC under
 * {@code keys/audit.key}, a random key of the case. A file lock (and a lock per process) lets a served case and a
 * command append at once.
 */
package org.redress.store.audit;
