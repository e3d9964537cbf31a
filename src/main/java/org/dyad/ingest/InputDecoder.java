package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes downloaded pages and feeds in the charset they declare: a byte-order mark, then the HTTP
 * header, then the XML declaration or HTML {@code <meta>} tag; undeclared content is UTF-8, or
 * windows-1252 when it is not valid UTF-8 (the web's legacy default, as browsers decode it).
 */
public final class InputDecoder {

  /** How far into the content a declared charset is looked for. */
  static final int DECLARATION_BYTES = 4096;

  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype html|<html|<head)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Labels browsers decode as windows-1252, a superset of Latin-1 for the bytes pages use. */
  private static final Set<String> WINDOWS_1252 =
      Set.of(
          "iso-8859-1",
          "iso8859-1",
          "iso_8859-1",
          "latin1",
          "l1",
          "cp819",
          "us-ascii",
          "ascii",
          "cp1252",
          "windows-1252");

  private static final Charset CP1252 = Charset.forName("windows-1252");

  private InputDecoder() {}

  /**
   * Decodes {@code bytes}; a BOM is dropped.
   *
   * @param headerCharset the charset the HTTP {@code Content-Type} header names, or null
   * @throws InputException when the content is empty, binary or in an unknown charset
   */
  public static String decode(byte[] bytes, String headerCharset) throws InputException {
    if (bytes == null) {
      throw new IllegalArgumentException("bytes must not be null");
    }
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    Charset bom = bomCharset(bytes);
    String text;
    if (bom != null) {
      text = new String(bytes, bom);
      if (text.indexOf('\0') >= 0) {
        throw new InputException("binary content, not text");
      }
    } else {
      if (InputFiles.looksBinary(bytes)) {
        throw new InputException("binary content, not text");
      }
      String label = headerCharset != null ? headerCharset : declaredCharset(bytes);
      if (label == null) {
        try {
          text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
          text = new String(bytes, CP1252);
        }
      } else {
        text = new String(bytes, charset(label));
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = InputFiles.withoutControls(text);
    if (text.isBlank()) {
      throw new InputException("empty (only whitespace)");
    }
    return text;
  }

  /**
   * The charset the content itself declares in an XML declaration or an HTML {@code <meta>} tag
   * near its start, or null.
   */
  public static String declaredCharset(byte[] bytes) {
    String head = head(bytes);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    if (!meta.find()) {
      return null;
    }
    // Only an HTML page's own head counts, not a page quoted inside a feed's CDATA.
    Matcher html = HTML_START.matcher(head);
    return html.find() && html.start() < meta.start() ? meta.group(1) : null;
  }

  /** The first {@value #DECLARATION_BYTES} bytes as text, enough to find declarations and roots. */
  public static String head(byte[] bytes) {
    int n = Math.min(bytes.length, DECLARATION_BYTES);
    Charset bom = bomCharset(bytes);
    return new String(bytes, 0, n, bom != null ? bom : StandardCharsets.ISO_8859_1);
  }

  /** The charset a label names; UTF-16 without a BOM is read as UTF-8, as browsers do. */
  static Charset charset(String label) throws InputException {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (WINDOWS_1252.contains(l)) {
      return CP1252;
    }
    if (l.startsWith("utf-16") || l.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException("unknown charset '" + label + "'", e);
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
