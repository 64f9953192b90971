/**
 * The mail use cases: the who-wrote-to-whom graph, the traffic between two organisations, a document's thread and
 * the chain of how far up each subject went, read from the stored headers, the case's people, its table of mail
 * domains and the reviewed mentions.
 */
package org.redress.application.mail;
