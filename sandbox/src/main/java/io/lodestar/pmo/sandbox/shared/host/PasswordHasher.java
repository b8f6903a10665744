package io.lodestar.pmo.sandbox.shared.host;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes from the JDK, stored as {@code
 * pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>} so that the cost can be raised later
 * without invalidating stored hashes. The sandbox's accounts are demo accounts with published
 * passwords; the hash still keeps the database free of plain passwords.
 */
public final class PasswordHasher {

  /**
   * Iterations for new hashes (OWASP 2023 asks 600,000 for SHA-256; demo logins are not secrets).
   */
  public static final int DEFAULT_ITERATIONS = 100_000;

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final SecureRandom random;
  private final int iterations;

  /** A hasher with {@link #DEFAULT_ITERATIONS} and a {@link SecureRandom}. */
  public PasswordHasher() {
    this(new SecureRandom(), DEFAULT_ITERATIONS);
  }

  /**
   * @param random source of salts
   * @param iterations PBKDF2 iterations for new hashes, at least 1
   */
  public PasswordHasher(SecureRandom random, int iterations) {
    this.random = Objects.requireNonNull(random, "random");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations < 1");
    }
    this.iterations = iterations;
  }

  /** A new salted hash of {@code password}. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(password, salt, iterations));
  }

  /**
   * @param password what the visitor typed; null never matches
   * @param stored a hash made by {@link #hash}; null or malformed never matches
   * @return whether the password matches (compared in constant time)
   */
  public boolean matches(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return n > 0 && MessageDigest.isEqual(expected, derive(password, salt, n));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
