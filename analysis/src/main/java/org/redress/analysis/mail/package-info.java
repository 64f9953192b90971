/**
 * Who wrote to whom: email headers as messages (one per Message-ID however many mailboxes hold it), addresses joined
 * to the case's people and to organisations by a table of domains, the graph of sender–recipient pairs over time,
 * month-by-month traffic between two organisations, and threads from Message-ID, In-Reply-To and References, then
 * from normalised subjects. Pure logic over the stored headers.
 */
package org.redress.analysis.mail;
