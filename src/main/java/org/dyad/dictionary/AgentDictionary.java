package org.dyad.dictionary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PETRARCH agent dictionary: one agent a line, {@code phrase {optional plural} [~CODE]}:
 *
 * <pre>
 * !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
 * POLICE {} [~COP]
 * FOREIGN_!MINIST! [~GOV]
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
 * HUMAN_RIGHTS_BODY [NGO~]
 * </pre>
 *
 * The regular plural (Y to IES, S to SES, else S) is added unless braces follow the phrase: empty
 * braces for none, else the plural written out. {@code !NAME! = a, b, c} defines a substitution set
 * whose items replace the marker in later phrases (no plurals are formed for those). {@code ~CODE}
 * goes after the actor's code, {@code CODE~} before it. {@code #} starts a comment; lines starting
 * with {@code <} are comments. A later file's agent replaces an earlier one for the same phrase.
 */
public final class AgentDictionary {

  private final PhraseTrie<AgentEntry> phrases = new PhraseTrie<>();
  private final List<AgentEntry> entries = new ArrayList<>();

  private AgentDictionary() {}

  public static AgentDictionary empty() {
    return new AgentDictionary();
  }

  public static AgentDictionary read(Path file) throws IOException {
    AgentDictionary d = new AgentDictionary();
    d.parse(file.toString(), DictionaryLines.read(file));
    return d;
  }

  public static AgentDictionary resource(String name) throws IOException {
    AgentDictionary d = new AgentDictionary();
    d.parse(name, DictionaryLines.resource(name));
    return d;
  }

  public static AgentDictionary parse(String source, String text) throws IOException {
    AgentDictionary d = new AgentDictionary();
    d.parse(source, DictionaryLines.text(text));
    return d;
  }

  /** This dictionary with the agents of {@code later} added; later ones win. */
  public AgentDictionary with(AgentDictionary later) {
    AgentDictionary out = new AgentDictionary();
    entries.forEach(out::add);
    later.entries.forEach(out::add);
    out.problems.addAll(problems);
    out.problems.addAll(later.problems);
    return out;
  }

  private void add(AgentEntry e) {
    List<String> words = Words.of(e.phrase());
    if (words.isEmpty()) {
      return;
    }
    entries.add(e);
    phrases.put(words, e, (old, neu) -> neu);
  }

  private final List<String> problems = new ArrayList<>();

  /** The lines that could not be used ("file:line: what is wrong"), skipped while reading. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private void parse(String source, List<DictionaryLines.Line> lines) {
    Map<String, List<String>> sets = new HashMap<>();
    for (DictionaryLines.Line line : lines) {
      try {
        parseLine(source, line, sets);
      } catch (DictionaryFormatException e) {
        problems.add(e.getMessage());
      }
    }
  }

  private void parseLine(String source, DictionaryLines.Line line, Map<String, List<String>> sets)
      throws DictionaryFormatException {
    {
      String text = DictionaryLines.content(line.text()).strip();
      if (text.isEmpty()) {
        return;
      }
      if (text.startsWith("!") && text.contains("=") && !text.contains("[")) {
        int close = text.indexOf('!', 1);
        if (close < 0 || close > text.indexOf('=')) {
          throw new DictionaryFormatException(
              source, line.number(), "substitution set without a closing '!': " + text);
        }
        List<String> items = new ArrayList<>();
        for (String item : text.substring(text.indexOf('=') + 1).split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        sets.put(text.substring(1, close), items);
        return;
      }
      int open = text.indexOf('[');
      int close = text.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        throw new DictionaryFormatException(
            source, line.number(), "an agent needs a [~CODE]: " + text);
      }
      String written = text.substring(open + 1, close).strip();
      boolean before = written.endsWith("~");
      if (!before && !written.startsWith("~")) {
        throw new DictionaryFormatException(
            source, line.number(), "agent code must start or end with '~': " + written);
      }
      String code = before ? written.substring(0, written.length() - 1) : written.substring(1);
      String phrase = text.substring(0, open).strip();
      String plural = null;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int end = phrase.indexOf('}', brace);
        if (end < 0) {
          throw new DictionaryFormatException(source, line.number(), "missing '}': " + text);
        }
        plural = phrase.substring(brace + 1, end).strip();
        phrase = phrase.substring(0, brace).strip();
      }
      try {
        if (phrase.contains("!")) {
          int a = phrase.indexOf('!');
          int b = phrase.indexOf('!', a + 1);
          List<String> items = b < 0 ? null : sets.get(phrase.substring(a + 1, b));
          if (items == null) {
            throw new DictionaryFormatException(
                source, line.number(), "undefined substitution set in " + phrase);
          }
          for (String item : items) {
            add(
                new AgentEntry(
                    phrase.substring(0, a) + item + phrase.substring(b + 1), code, before));
          }
          return;
        }
        add(new AgentEntry(phrase, code, before));
        if (plural == null) {
          String p = phrase.replaceAll("_+$", "").strip();
          if (!p.isEmpty()) {
            add(new AgentEntry(Words.plural(p.toUpperCase(java.util.Locale.ROOT)), code, before));
          }
        } else if (!plural.isEmpty()) {
          add(new AgentEntry(plural, code, before));
        }
      } catch (IllegalArgumentException e) {
        throw new DictionaryFormatException(source, line.number(), e.getMessage());
      }
    }
  }

  /** The agent of the longest phrase starting at word {@code from}, with its length, or null. */
  public Match longest(List<String> words, int from) {
    PhraseTrie.Match<AgentEntry> m = phrases.longest(words, from);
    return m == null ? null : new Match(m.value(), m.length());
  }

  /** Every agent, in the order read (a phrase read twice is listed twice). */
  public List<AgentEntry> entries() {
    return List.copyOf(entries);
  }

  /** The agent for exactly this phrase, or null. */
  public AgentEntry get(String phrase) {
    return phrases.get(Words.of(phrase));
  }

  /** A dictionary match: the agent and the number of words it covers. */
  public record Match(AgentEntry agent, int length) {}

  /** The number of phrases, plurals and substitutions included. */
  public int phraseCount() {
    return phrases.size();
  }
}
