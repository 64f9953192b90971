/**
 * Named entities of the corpus: people, organisations and places that a recogniser found on each page, with their
 * offsets. What the recogniser wrote on the page (a surface form) points at a canonical entity, which the case team
 * can rename, merge with another and hide; because the decisions live on the entity and on its forms, not on the
 * occurrences, they hold when the pages are recognised again. Plain Java, no libraries.
 */
package org.redress.core.entities;
