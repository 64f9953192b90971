/**
 * Named entities with Stanford CoreNLP 4.5.10 (GPL v3 or later, compatible with Redress's AGPL v3 or later): the one
 * module that loads it, behind the core port {@link org.redress.core.port.EntityRecognizer}. English and Spanish
 * pipelines, each loaded on first use; long pages are read in pieces so memory stays bounded; nothing CoreNLP logs
 * carries the text.
 */
package org.redress.nlp;
