package org.dyad.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Checks the {@code Authorization: Bearer TOKEN} header of requests that change the corpus. */
final class TokenCheck {

  /** The shortest token accepted: a guessable secret protects nothing. */
  static final int MIN_LENGTH = 16;

  private final byte[] digest;

  TokenCheck(String token) {
    if (!isStrong(token)) {
      throw new IllegalArgumentException(
          "token must be at least " + MIN_LENGTH + " printable characters without spaces");
    }
    this.digest = sha256(token);
  }

  /** At least {@value #MIN_LENGTH} printable ASCII characters, none of them a space. */
  static boolean isStrong(String token) {
    return token != null
        && token.length() >= MIN_LENGTH
        && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** True when the header is {@code Bearer} and the token, compared in constant time. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
