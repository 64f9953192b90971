/**
 * The witness form on the web: {@code /witness}, Spanish first and made for a phone, where a community member who saw
 * an arrest, a stop or a visit says what happened and attaches photos or recordings; and {@code /witness/review},
 * where a case member accepts each draft into the chronology or rejects it with a reason. The routes are declared in
 * {@link org.redress.app.web.WebServer} with the rest; the use case is
 * {@link org.redress.application.casemodel.WitnessIntake}.
 */
package org.redress.app.web.witness;
