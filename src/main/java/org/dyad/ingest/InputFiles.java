package org.dyad.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads input files as strict UTF-8 text, refusing empty, binary, oversized or unreadable ones. */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Reads {@code file} as UTF-8 text.
   *
   * @param maxBytes largest file accepted
   * @throws InputException naming the problem (the caller prefixes the file name)
   */
  public static String readText(Path file, long maxBytes) throws InputException {
    return decode(readBytes(file, maxBytes));
  }

  /**
   * Reads {@code file}'s bytes, refusing files larger than {@code maxBytes}.
   *
   * @throws InputException naming the problem (the caller prefixes the file name)
   */
  public static byte[] readBytes(Path file, long maxBytes) throws InputException {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    try {
      requireSize(Files.size(file), maxBytes);
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file or directory", e);
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read: permission denied", e);
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses an input of {@code size} bytes above {@code maxBytes}, with a message naming the limit.
   */
  public static void requireSize(long size, long maxBytes) throws InputException {
    if (size > maxBytes) {
      throw new InputException(
          String.format(
              Locale.ROOT,
              "file is %s, above the %s input limit (raise it with --max-input-mb)",
              megabytes(size),
              megabytes(maxBytes)));
    }
  }

  /** Decodes bytes as strict UTF-8 (a BOM is dropped), refusing empty and binary content. */
  public static String decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    if (looksBinary(bytes)) {
      throw new InputException("binary content, not text (expected UTF-8 .txt, .html or .jsonl)");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new InputException(
          "invalid UTF-8 at byte " + firstInvalidUtf8(bytes) + " (re-save the file as UTF-8)", e);
    } catch (CharacterCodingException e) {
      throw new InputException("invalid UTF-8: " + e.getMessage(), e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = withoutControls(text);
    if (text.isBlank()) {
      throw new InputException("empty file (only whitespace)");
    }
    return text;
  }

  /**
   * True when the bytes hold a NUL anywhere, or control characters in more than one in twenty of
   * the first 8 KB or of the whole input, as binary formats do.
   */
  static boolean looksBinary(byte[] bytes) {
    int head = Math.min(bytes.length, 8192);
    int controlInHead = 0;
    long control = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
        control++;
        if (i < head) {
          controlInHead++;
        }
      }
    }
    return controlInHead > head / 20 || control > bytes.length / 20;
  }

  /**
   * The text without control characters other than tab, line feed, form feed and carriage return (a
   * few stray ones are no reason to refuse an article, but no article means them).
   */
  public static String withoutControls(String text) {
    int i = 0;
    while (i < text.length() && !isStrayControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isStrayControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isStrayControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r')
        || c == 0x7f
        || (c >= 0x80 && c < 0xa0);
  }

  private static long firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
