package org.dyad.dictionary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TABARI/PETRARCH actor dictionary: records of a primary phrase with an optional code, synonym
 * phrases on lines starting with {@code +}, and codes restricted to dates on lines starting with
 * whitespace:
 *
 * <pre>
 * VLADIMIR_PUTIN_  # comment
 * +PRESIDENT_PUTIN_
 *     [RUSGOV 20000507-20080507]
 *     [RUSELI]
 * UNITED_NATIONS_  [IGOUNO]
 * </pre>
 *
 * Words are separated by underscores or blanks; a trailing underscore is allowed and ignored. Dates
 * are YYYYMMDD or YYMMDD, {@code <date} up to, {@code >date} from, {@code date-date} between,
 * limits included. Dated codes are tried in order, the first undated code is the default (see
 * {@link ActorEntry#codeOn}). {@code #} starts a comment; lines starting with {@code <} are
 * comments. A record without any code is ignored. When several files define one phrase, the later
 * file's codes come first and its default wins.
 */
public final class ActorDictionary {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");

  private final PhraseTrie<ActorEntry> phrases = new PhraseTrie<>();
  private int records;

  private ActorDictionary() {}

  /** An empty dictionary. */
  public static ActorDictionary empty() {
    return new ActorDictionary();
  }

  /** Reads a dictionary file. */
  public static ActorDictionary read(Path file) throws IOException {
    ActorDictionary d = new ActorDictionary();
    d.parse(file.toString(), DictionaryLines.read(file));
    return d;
  }

  /** Reads a dictionary from the class path. */
  public static ActorDictionary resource(String name) throws IOException {
    ActorDictionary d = new ActorDictionary();
    d.parse(name, DictionaryLines.resource(name));
    return d;
  }

  /** Reads a dictionary from text (for tests and small user dictionaries). */
  public static ActorDictionary parse(String source, String text) throws IOException {
    ActorDictionary d = new ActorDictionary();
    d.parse(source, DictionaryLines.text(text));
    return d;
  }

  /** This dictionary with every phrase of {@code later} added, later codes first. */
  public ActorDictionary with(ActorDictionary later) {
    ActorDictionary out = new ActorDictionary();
    for (PhraseEntry p : entries) {
      out.add(p.words(), p.entry());
    }
    for (PhraseEntry p : later.entries) {
      out.add(p.words(), p.entry());
    }
    out.records = records + later.records;
    out.problems.addAll(problems);
    out.problems.addAll(later.problems);
    return out;
  }

  /** One phrase of a record, kept in file order to rebuild merged dictionaries. */
  private record PhraseEntry(List<String> words, ActorEntry entry) {}

  private final List<PhraseEntry> entries = new ArrayList<>();

  private void add(List<String> words, ActorEntry e) {
    if (words.isEmpty()) {
      return;
    }
    entries.add(new PhraseEntry(words, e));
    phrases.put(words, e, (old, neu) -> old == neu ? old : old.overlaidBy(neu));
  }

  private final List<String> problems = new ArrayList<>();

  /**
   * The lines that could not be used ("file:line: what is wrong"), skipped while reading: the
   * shipped Phoenix files have a few impossible dates.
   */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void parse(String source, List<DictionaryLines.Line> lines) {
    List<List<String>> current = new ArrayList<>();
    List<CodeRestriction> codes = new ArrayList<>();
    String primary = null;
    for (DictionaryLines.Line line : lines) {
      String raw = DictionaryLines.content(line.text());
      String text = raw.strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        if (text.startsWith("[")) {
          if (primary == null) {
            throw new IllegalArgumentException("a code before any actor: " + text);
          }
          codes.addAll(brackets(text, source + ":" + line.number() + ": "));
        } else if (text.startsWith("+")) {
          if (primary == null) {
            throw new IllegalArgumentException("a synonym before any actor: " + text);
          }
          current.add(Words.of(phrase(text.substring(1))));
          codes.addAll(brackets(text, source + ":" + line.number() + ": "));
        } else {
          flush(primary, current, codes);
          current = new ArrayList<>();
          codes = new ArrayList<>();
          primary = phrase(text);
          current.add(Words.of(primary));
          codes.addAll(brackets(text, source + ":" + line.number() + ": "));
        }
      } catch (IllegalArgumentException e) {
        problems.add(source + ":" + line.number() + ": " + e.getMessage());
      }
    }
    flush(primary, current, codes);
  }

  private void flush(
      String primary, List<List<String>> phrasesOfRecord, List<CodeRestriction> codes) {
    if (primary == null || codes.isEmpty()) {
      return;
    }
    String name = String.join(" ", Words.of(primary));
    if (name.isEmpty()) {
      return;
    }
    ActorEntry e = new ActorEntry(name, codes);
    records++;
    for (List<String> p : phrasesOfRecord) {
      add(p, e);
    }
  }

  /** The phrase part of a line: what comes before its first bracket. */
  private static String phrase(String text) {
    int b = text.indexOf('[');
    return (b < 0 ? text : text.substring(0, b)).replace('_', ' ').strip();
  }

  /** The codes in brackets on a line; a bracket that cannot be read is a problem, not a code. */
  private List<CodeRestriction> brackets(String text, String where) {
    List<CodeRestriction> out = new ArrayList<>();
    Matcher m = BRACKET.matcher(text);
    List<String> bad = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).isBlank()) {
        try {
          out.add(CodeRestriction.parse(m.group(1)));
        } catch (IllegalArgumentException e) {
          bad.add(e.getMessage());
        }
      }
    }
    for (String b : bad) {
      problems.add(where + b);
    }
    return out;
  }

  /** The entry of the longest phrase starting at word {@code from}, with its length, or null. */
  public Match longest(List<String> words, int from) {
    PhraseTrie.Match<ActorEntry> m = phrases.longest(words, from);
    return m == null ? null : new Match(m.value(), m.length());
  }

  /** The entry for exactly this phrase, or null. */
  public ActorEntry get(String phrase) {
    return phrases.get(Words.of(phrase));
  }

  /** A dictionary match: the entry and the number of words it covers. */
  public record Match(ActorEntry entry, int length) {}

  /** The number of phrases (primary and synonyms). */
  public int phraseCount() {
    return phrases.size();
  }

  /** The number of records read. */
  public int recordCount() {
    return records;
  }

  /** The codes some record gives on their own as 3 letters ({@code [AFG]}): country codes. */
  public Set<String> countryCodes() {
    Set<String> out = new HashSet<>();
    phrases.forEach(
        e -> {
          for (CodeRestriction r : e.restrictions()) {
            if (r.code().length() == 3) {
              out.add(r.code());
            }
          }
        });
    return out;
  }
}
