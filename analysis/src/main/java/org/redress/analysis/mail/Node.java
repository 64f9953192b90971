package org.redress.analysis.mail;

/**
 * A node of the mail graph: an address, a person or an organisation, by the grouping asked for. Fields that do not
 * apply are null: {@code address} is the address itself when grouped by address, {@code person} the case's person it
 * belongs to, {@code level} the level of the person or the domain.
 */
public record Node(String id, String address, String name, String person, String organisation, String level) {}
