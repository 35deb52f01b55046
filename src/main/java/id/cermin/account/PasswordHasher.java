package id.cermin.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2: HMAC-SHA512, 210,000 iterations, 32-byte salt
 * (OWASP's 2023 advice). A check against a name nobody has costs the same as against a real
 * user: it is made against a hash of a random password made at start ({@link #checkUnknown}),
 * so the time of an answer does not tell which usernames exist.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash hash;

    private String unknownUsersHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        unknownUsersHash = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password is the one {@code storedHash} was made from (the hash names its own settings). */
    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** The same work as {@link #matches}, for a username that does not exist; never a match. */
    public void checkUnknown(char[] password) {
        hash.verify(password, unknownUsersHash);
    }

    /** True when {@code password} is the one {@code stored} was made from. */
    public boolean matches(String password, String stored) {
        return matches(password.toCharArray(), stored);
    }
}
