package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable article identifiers and content hashes derived from the cleaned text. */
public final class ArticleIds {

  private ArticleIds() {}

  /** The text as hashed: NFC, whitespace runs collapsed, trimmed. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  /** Full SHA-256 of the normalised text, hex. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalize(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The article id: the first 16 hex digits of the content hash. */
  public static String idFor(String text) {
    return contentHash(text).substring(0, 16);
  }
}
