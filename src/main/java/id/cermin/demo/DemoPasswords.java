package id.cermin.demo;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * PBKDF2 hashes for the demo accounts in the format Jakarta Security's
 * {@code Pbkdf2PasswordHash} verifies ({@code algorithm:iterations:salt:hash}), with a
 * salt derived from the username so that every demo node stores the same hash (the test
 * servers' users are made with it too). Real accounts get random salts from
 * {@code PasswordHasher}.
 */
public final class DemoPasswords {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int ITERATIONS = 210_000;

    private DemoPasswords() {
    }

    public static String hash(String username, String password) throws GeneralSecurityException {
        byte[] salt = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                .digest(("cermin-demo-salt/" + username).getBytes(StandardCharsets.UTF_8)), 32);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 32 * 8);
        byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
