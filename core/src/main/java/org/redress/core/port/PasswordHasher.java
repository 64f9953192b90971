package org.redress.core.port;

/** Hashes the passwords of a team server's users, and checks a password against its hash. */
public interface PasswordHasher {
    /** A new salted hash of the password, as a PHC string that names its algorithm and costs. */
    String hash(char[] password);

    /** Whether the password is the one hashed; false (never an exception) for a hash this hasher cannot read. */
    boolean verify(String hash, char[] password);
}
