package org.dyad.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dictionary file with their numbers. Files are read as UTF-8, or as ISO-8859-1 when
 * they are not valid UTF-8 (some of the Phoenix files mix both).
 */
final class DictionaryLines {

  /** One line: its 1-based number and its text without the line break. */
  record Line(int number, String text) {}

  private DictionaryLines() {}

  static List<Line> read(Path file) throws IOException {
    return split(decode(Files.readAllBytes(file)));
  }

  static List<Line> resource(String name) throws IOException {
    try (InputStream in = DictionaryLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the classpath");
      }
      return split(decode(in.readAllBytes()));
    }
  }

  static List<Line> text(String text) {
    return split(text);
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      out.add(new Line(i + 1, lines[i]));
    }
    return out;
  }

  /** The line without its {@code #} comment; XML comment lines ({@code <...}) become empty. */
  static String content(String line) {
    if (line.stripLeading().startsWith("<")) {
      return "";
    }
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
