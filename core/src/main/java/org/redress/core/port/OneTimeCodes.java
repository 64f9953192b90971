package org.redress.core.port;

import java.time.Instant;
import java.util.OptionalLong;

/** The second factor of a login: time-based one-time codes (TOTP, RFC 6238) from an authenticator app. */
public interface OneTimeCodes {
    /** A new random shared secret, in base 32 as authenticator apps read it. */
    String newSecret();

    /**
     * The time step of the code when it is good at {@code now} for this secret (one step of drift either way is
     * allowed), or empty.
     */
    OptionalLong accept(String secret, String code, Instant now);

    /** The {@code otpauth://totp/…} URI an authenticator app reads (as text or as a QR code). */
    String uri(String issuer, String account, String secret);
}
