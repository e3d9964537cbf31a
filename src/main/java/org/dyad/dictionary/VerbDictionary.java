package org.dyad.dictionary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dictionary.VerbPattern.Noun;

/**
 * A PETRARCH 2 verb dictionary (CAMEO.2.0.txt): synonym sets, then verb blocks with their verbs and
 * patterns.
 *
 * <pre>
 * &amp;CURRENCY
 * +DOLLAR
 * +SWISS_FRANCS_
 *
 * ---  FREEZE   [---]  ---
 * FREEZE {FREEZES FREEZING FROZE FROZEN}
 * +CORDON_OFF
 * WIRE_+TAP [171]
 * - * RELATIONS                 [160:160]
 * - * {BANK ACCOUNT}            [163]
 * - * (FOR &amp;CURRENCY)          [073]
 * - &amp;AIRCRAFT * ATTACKS         [195]
 * </pre>
 *
 * A synonym set is an {@code &NAME} line followed by {@code +} lines of words or phrases ({@code _}
 * or blanks between words); regular plurals are added unless the phrase or the set's name ends with
 * {@code _}; a member may name an earlier set. A block starts with {@code --- NAME [CODE] ---}; its
 * verbs follow, one a line, with irregular forms in braces (else the regular forms are generated)
 * and an optional own code; {@code +} marks the verb of a multi-word verb ({@code +CORDON_OFF},
 * {@code WIRE_+TAP}). Patterns start with {@code -}: nouns before the verb, {@code *} for the verb,
 * then nouns after it; braces group a phrase whose last word is its head, parentheses a
 * prepositional phrase, {@code &NAME} stands for any member of a set; the code in brackets ends the
 * line. Codes: {@code [042]}; {@code [032:033]} also codes the reverse event (target to source);
 * {@code [:173]} only the reverse; {@code [---]} nothing. A pattern naming an undefined set is
 * ignored, as are transformation lines ({@code ~}). {@code #} starts a comment, lines starting with
 * {@code <} are comments.
 */
public final class VerbDictionary {

  static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
  private static final Pattern VALID_CODE = Pattern.compile("\\d{2,4}[A-Z]?");

  private final List<Verb> verbs = new ArrayList<>();
  private final Map<String, List<Verb>> byLemma = new HashMap<>();
  private int patterns;
  private int ignoredPatterns;

  private final List<String> problems = new ArrayList<>();

  private VerbDictionary() {}

  /** The lines that could not be used ("file:line: what is wrong"), skipped while reading. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public static VerbDictionary empty() {
    return new VerbDictionary();
  }

  public static VerbDictionary read(Path file) throws IOException {
    VerbDictionary d = new VerbDictionary();
    new Parser(file.toString(), d).parse(DictionaryLines.read(file));
    return d;
  }

  public static VerbDictionary resource(String name) throws IOException {
    VerbDictionary d = new VerbDictionary();
    new Parser(name, d).parse(DictionaryLines.resource(name));
    return d;
  }

  public static VerbDictionary parse(String source, String text) throws IOException {
    VerbDictionary d = new VerbDictionary();
    new Parser(source, d).parse(DictionaryLines.text(text));
    return d;
  }

  /** This dictionary with the verbs of {@code later} added (both kept; callers rank them). */
  public VerbDictionary with(VerbDictionary later) {
    VerbDictionary out = new VerbDictionary();
    verbs.forEach(out::add);
    later.verbs.forEach(out::add);
    out.patterns = patterns + later.patterns;
    out.ignoredPatterns = ignoredPatterns + later.ignoredPatterns;
    out.problems.addAll(problems);
    out.problems.addAll(later.problems);
    return out;
  }

  private void add(Verb v) {
    verbs.add(v);
    byLemma.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
  }

  /** Every verb, in file order. */
  public List<Verb> verbs() {
    return List.copyOf(verbs);
  }

  /** The verbs with this base form (any case), later files last. */
  public List<Verb> verbs(String lemma) {
    return byLemma.getOrDefault(lemma.toUpperCase(Locale.ROOT), List.of());
  }

  /** The number of patterns read (synonym-set expansions not counted). */
  public int patternCount() {
    return patterns;
  }

  /** The number of patterns ignored (undefined synonym set, no verb position). */
  public int ignoredPatternCount() {
    return ignoredPatterns;
  }

  /** {code, reverse} from "042", "032:033", ":173" or "---". */
  static String[] codes(String written) {
    String w = written.strip();
    int colon = w.indexOf(':');
    String a = colon < 0 ? w : w.substring(0, colon).strip();
    String b = colon < 0 ? null : w.substring(colon + 1).strip();
    return new String[] {valid(a), valid(b)};
  }

  private static String valid(String code) {
    return code != null && VALID_CODE.matcher(code).matches() ? code : null;
  }

  /** Parses one file into a dictionary. */
  private static final class Parser {
    private final String source;
    private final VerbDictionary into;
    private final Map<String, List<Noun>> sets = new HashMap<>();
    private final PatternReader patterns = new PatternReader(sets);
    private String set;
    private boolean setPlurals;
    private String block;
    private String[] blockCodes = {null, null};
    private List<String[]> blockVerbs = new ArrayList<>();
    private List<VerbPattern> blockPatterns = new ArrayList<>();

    Parser(String source, VerbDictionary into) {
      this.source = source;
      this.into = into;
    }

    void parse(List<DictionaryLines.Line> lines) {
      for (DictionaryLines.Line line : lines) {
        String text = DictionaryLines.content(line.text()).strip();
        if (text.isEmpty()) {
          continue;
        }
        try {
          if (text.startsWith("---")) {
            flushBlock();
            set = null;
            String inner = text.replaceAll("^-+|-+$", "").strip();
            int bracket = inner.indexOf('[');
            Matcher m = CODE.matcher(inner);
            blockCodes = m.find() ? codes(m.group(1)) : new String[] {null, null};
            block = (bracket < 0 ? inner : inner.substring(0, bracket)).strip();
          } else if (text.startsWith("&")) {
            flushBlock();
            String name = text.split("\\s+")[0];
            setPlurals = !name.endsWith("_");
            set = name.replaceAll("_+$", "");
            sets.put(set, new ArrayList<>());
          } else if (text.startsWith("+") && set != null) {
            sets.get(set).addAll(members(text.substring(1).strip(), setPlurals, line.number()));
          } else if (text.startsWith("~")) {
            continue;
          } else if (text.startsWith("-")) {
            if (block == null) {
              throw new DictionaryFormatException(
                  source, line.number(), "a pattern outside any verb block: " + text);
            }
            VerbPattern p = pattern(text.substring(1).strip());
            into.patterns++;
            if (p == null) {
              into.ignoredPatterns++;
            } else {
              blockPatterns.add(p);
            }
          } else {
            if (block == null) {
              throw new DictionaryFormatException(
                  source, line.number(), "a verb outside any verb block: " + text);
            }
            set = null;
            blockVerbs.add(new String[] {text, Integer.toString(line.number())});
          }
        } catch (IllegalArgumentException e) {
          into.problems.add(source + ":" + line.number() + ": " + e.getMessage());
        } catch (DictionaryFormatException e) {
          into.problems.add(e.getMessage());
        }
      }
      flushBlock();
    }

    private void flushBlock() {
      if (block == null) {
        return;
      }
      for (String[] v : blockVerbs) {
        try {
          into.add(verb(v[0]));
        } catch (IllegalArgumentException e) {
          into.problems.add(source + ":" + v[1] + ": " + e.getMessage());
        }
      }
      block = null;
      blockVerbs = new ArrayList<>();
      blockPatterns = new ArrayList<>();
    }

    private Verb verb(String text) {
      String[] codes = blockCodes;
      Matcher c = CODE.matcher(text);
      if (c.find()) {
        codes = codes(c.group(1));
        text = text.substring(0, c.start()).strip();
      }
      String irregular = null;
      int brace = text.indexOf('{');
      if (brace >= 0) {
        int end = text.indexOf('}', brace);
        irregular = text.substring(brace + 1, end < 0 ? text.length() : end);
        text = text.substring(0, brace).strip();
      }
      String word = text.split("\\s+")[0].toUpperCase(Locale.ROOT);
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      String base = compound(word, before, after);
      Set<String> forms = new LinkedHashSet<>();
      forms.add(base);
      if (irregular != null) {
        for (String f : irregular.strip().split("\\s+")) {
          if (!f.isBlank()) {
            forms.add(compound(f.toUpperCase(Locale.ROOT), new ArrayList<>(), new ArrayList<>()));
          }
        }
      } else {
        forms.addAll(regularForms(base));
      }
      return new Verb(
          base, forms, before, after, codes[0], codes[1], block, List.copyOf(blockPatterns));
    }

    /** The verb of a (possibly multi-word) verb, filling the words before and after it. */
    private static String compound(String word, List<String> before, List<String> after) {
      int plus = word.indexOf('+');
      String front = plus < 0 ? "" : word.substring(0, plus);
      String rest = plus < 0 ? word : word.substring(plus + 1);
      for (String w : front.split("_")) {
        if (!w.isEmpty()) {
          before.add(w);
        }
      }
      String[] parts = rest.split("_");
      for (int k = 1; k < parts.length; k++) {
        if (!parts[k].isEmpty()) {
          after.add(parts[k]);
        }
      }
      if (parts.length == 0 || parts[0].isEmpty()) {
        throw new IllegalArgumentException("no verb in '" + word + "'");
      }
      return parts[0];
    }

    private static List<String> regularForms(String v) {
      List<String> out = new ArrayList<>();
      boolean vowelBeforeE = v.length() > 1 && "AEIOU".indexOf(v.charAt(v.length() - 2)) >= 0;
      if (v.endsWith("S")
          || v.endsWith("X")
          || v.endsWith("Z")
          || v.endsWith("SH")
          || v.endsWith("CH")) {
        out.add(v + "ES");
      } else if (v.endsWith("Y") && !vowelBeforeE) {
        out.add(v.substring(0, v.length() - 1) + "IES");
      } else {
        out.add(v + "S");
      }
      if (v.endsWith("E")) {
        out.add(v + "D");
        out.add((vowelBeforeE ? v : v.substring(0, v.length() - 1)) + "ING");
      } else {
        out.add(v + "ED");
        out.add(v + "ING");
      }
      return out;
    }

    /** The nouns a set member stands for: a phrase (head last), its plural, or another set. */
    private List<Noun> members(String text, boolean plurals, int line) {
      String phrase = text.split("\\s+#")[0].strip();
      if (phrase.startsWith("&")) {
        List<Noun> other = sets.get(phrase.replaceAll("_+$", ""));
        if (other == null) {
          throw new IllegalArgumentException(
              "undefined synonym set " + phrase + " at line " + line);
        }
        return other;
      }
      boolean plural = plurals && !phrase.endsWith("_");
      List<String> words = PatternReader.wordKeys(phrase);
      if (words.isEmpty()) {
        return List.of();
      }
      List<String> modifiers = words.subList(0, words.size() - 1);
      String head = words.get(words.size() - 1);
      List<Noun> out = new ArrayList<>();
      out.add(new Noun(head, modifiers));
      if (plural) {
        out.add(new Noun(Words.plural(head), modifiers));
      }
      return out;
    }

    /** A pattern line without its leading '-', or null when it cannot be used. */
    private VerbPattern pattern(String text) {
      return patterns.pattern(text);
    }
  }
}
