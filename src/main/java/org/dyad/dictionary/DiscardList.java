package org.dyad.dictionary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PETRARCH discard list: phrases that mark a sentence as not to be coded (sports, entertainment,
 * history), one a line. A leading {@code +} discards the whole story; a trailing {@code _} requires
 * the phrase to end at a word boundary, else it is a stem ("BASEBALL" also matches "baseballs").
 * Phrases start at a word boundary and match in any case. {@code #} starts a comment.
 */
public final class DiscardList {

  /** One phrase: its pattern and whether it discards the whole story. */
  public record Discard(String phrase, boolean story, Pattern pattern) {}

  private final List<Discard> discards = new ArrayList<>();

  private DiscardList() {}

  public static DiscardList empty() {
    return new DiscardList();
  }

  public static DiscardList read(Path file) throws IOException {
    DiscardList d = new DiscardList();
    d.parse(DictionaryLines.read(file));
    return d;
  }

  public static DiscardList resource(String name) throws IOException {
    DiscardList d = new DiscardList();
    d.parse(DictionaryLines.resource(name));
    return d;
  }

  public static DiscardList parse(String text) {
    DiscardList d = new DiscardList();
    d.parse(DictionaryLines.text(text));
    return d;
  }

  /** This list with the phrases of {@code other} added. */
  public DiscardList with(DiscardList other) {
    DiscardList out = new DiscardList();
    out.discards.addAll(discards);
    out.discards.addAll(other.discards);
    return out;
  }

  private void parse(List<DictionaryLines.Line> lines) {
    for (DictionaryLines.Line line : lines) {
      String text = DictionaryLines.content(line.text()).strip();
      if (text.isEmpty()) {
        continue;
      }
      boolean story = text.startsWith("+");
      String phrase = story ? text.substring(1).strip() : text;
      boolean whole = phrase.endsWith("_");
      List<String> words = Words.of(phrase);
      if (words.isEmpty()) {
        continue;
      }
      String body =
          String.join("[\\s_-]+", words.stream().map(Pattern::quote).toList())
              + (whole ? "(?![\\p{L}\\p{N}])" : "");
      discards.add(
          new Discard(
              String.join(" ", words),
              story,
              Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
  }

  /** The first discard phrase found in {@code text}, or null. */
  public Discard find(String text) {
    String folded = Words.fold(text);
    for (Discard d : discards) {
      if (d.pattern().matcher(folded).find()) {
        return d;
      }
    }
    return null;
  }

  public int size() {
    return discards.size();
  }

  /** The phrases, upper-case, in file order. */
  public List<String> phrases() {
    return discards.stream().map(d -> d.phrase().toUpperCase(Locale.ROOT)).toList();
  }
}
