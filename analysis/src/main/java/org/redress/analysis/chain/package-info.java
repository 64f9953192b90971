/**
 * How far up it went: for each subject, every organisation and level at which the subject was named or discussed,
 * the first date at each, and the forwards and replies by which it travelled, each cited to its document; in words,
 * measured against the subject's first adverse action. Pure logic over the mail graph's messages and threads.
 */
package org.redress.analysis.chain;
