/**
 * The {@code redress requests} subcommands: add, list, show, update, correspond, produce, letter, calendar, export.
 * They share one set of options (the case, {@code --json}, the {@code --today} that deadlines are judged on) and the
 * same {@link org.redress.application.requests.RequestService} as the web pages, so a request behaves the same
 * whichever way it is entered.
 */
package org.redress.app.cli.requests;
