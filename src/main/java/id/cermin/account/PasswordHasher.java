package id.cermin.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes new passwords, and checks one typed again, with the same PBKDF2 settings the
 * identity store verifies with:
 * HMAC-SHA512, 210,000 iterations, 32-byte salt (OWASP's 2023 advice for PBKDF2).
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** True when {@code password} is the one {@code stored} was made from. */
    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }
}
