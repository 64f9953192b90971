/**
 * The HTTP side of a case (Javalin): JSON under {@code /api/v1/} and bilingual server-rendered pages over the same
 * operations, from precompiled jte templates that escape by default. Cross-cutting rules are filters in the one route
 * table, {@link org.redress.app.web.WebServer}, never something a handler must remember: security headers on every
 * response, the same-origin rule on every state-changing request. Document content is hostile: originals are never
 * rendered, only downloaded.
 */
package org.redress.app.web;
