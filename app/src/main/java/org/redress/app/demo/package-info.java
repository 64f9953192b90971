/**
 * The demo case of {@code redress demo}: a small, entirely fictional records production in the shapes real ones
 * arrive in, and a case model around it. Every person and agency in it is invented, and it goes through the same
 * ingest, import and services as a user's files, so the demo shows what Redress really does.
 */
package org.redress.app.demo;
