package org.dyad.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time a clause speaks of, judged from its verbs, and where its sentence begins and ends. */
final class ClauseTense {

  /** The time a sentence speaks of. */
  enum Tense {
    PAST,
    FUTURE,
    NONE
  }

  private static final Set<String> ABBREVIATIONS =
      TimexNormalizer.lexicon("/dyad/abbreviations.txt");
  private static final Pattern FUTURE_CONTEXT =
      Pattern.compile(
          "(?i)\\b(will|won't|shall|'ll|going to|plans? to|planned|scheduled|expected to"
              + "|is to|are to|would|as early as|as soon as|upcoming|next|until|by)\\b");
  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?i)\\b(will|won't|shall|going to|plans? to|planning to|scheduled|expected to|is to"
              + "|are to|is due|are due|would|upcoming|as early as|as soon as|until|till"
              + "|set to|plans? to|intends? to)\\b|'ll\\b");
  // Without FUTURE_IN_PAST, a plan reported in the past ("planned to") also looks ahead.
  private static final Pattern FUTURE_OR_PAST_PLAN =
      Pattern.compile(FUTURE_MARKER.pattern() + "|\\bplanned to\\b");
  private static final Pattern PAST_MARKER =
      Pattern.compile(
          "(?i)\\b(was|were|had|did|said|told|met|went|came|took|made|gave|left|began|held|got"
              + "|saw|won|lost|fell|rose|sent|brought|spoke|wrote|found|led|struck|shot|ago"
              + "|(?<!\\b(?:a|an|the|still|very|its|their|his|her|more|most|be|being|is|are|am) )"
              + "\\w{3,}ed)\\b");
  private static final Pattern NOT_PAST =
      Pattern.compile(
          "(?i)need|indeed|speed|united|hundred|proceed|exceed|succeed|feed|seed"
              + "|expected|scheduled|planned|proposed|supposed|\\w+teed");
  private static final Pattern FUTURE_IN_PAST =
      Pattern.compile(
          "(?i)(?<=\\b(?:was|were))\\s+(?:(?:still|also|then|now)\\s+)?(?:(?:going|planning"
              + "|scheduled|expected|set|due|about|supposed|poised|preparing|likely)\\s+)?to\\s+\\w");
  private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b|\\w'd been\\b");
  private static final Pattern QUOTE = Pattern.compile("\"|''|``");
  private static final int FUTURE_WINDOW = 60;
  private static final String CLAUSE_END = ".!?\n,;:\"`'(";

  private ClauseTense() {}

  /**
   * The tense of the sentence around {@code text[start, end)}: that of the tense marker (an
   * auxiliary, a past form, "until") nearest to it. With {@code futureInPast}, "was" or "were"
   * before a plan ("were planning to", "was to") does not make the sentence past, and a plan told
   * in the simple past ("planned to") does not make it future.
   */
  static Tense of(String text, int start, int end, boolean futureInPast) {
    if (text == null || start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for text");
    }
    int from = sentenceStart(text, start);
    int to = sentenceStop(text, end);
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestUntil = false;
    for (Tense t : List.of(Tense.FUTURE, Tense.PAST)) {
      Matcher m =
          (t == Tense.PAST ? PAST_MARKER : futureInPast ? FUTURE_MARKER : FUTURE_OR_PAST_PLAN)
              .matcher(text);
      m.region(from, to);
      while (m.find()) {
        if (m.start() < end && m.end() > start
            || t == Tense.PAST && NOT_PAST.matcher(m.group()).matches()
            || t == Tense.PAST
                && futureInPast
                && FUTURE_IN_PAST
                    .matcher(text)
                    .useTransparentBounds(true)
                    .region(m.end(), to)
                    .lookingAt()) {
          continue;
        }
        boolean before = m.end() <= start;
        String between = before ? text.substring(m.end(), start) : text.substring(end, m.start());
        if (QUOTE.matcher(between).find()) {
          continue; // a verb on the other side of a quotation mark governs another clause
        }
        int distance = between.length();
        if (distance < bestDistance) {
          bestDistance = distance;
          best = t;
          bestUntil = t == Tense.FUTURE && m.group().matches("(?i)until|till");
        }
      }
    }
    // "Until Thursday, they had not ..." looks back from a past perfect.
    if (bestUntil && PAST_PERFECT.matcher(text).region(from, to).find()) {
      return Tense.PAST;
    }
    return best;
  }

  /** Whether the clause leading up to {@code text[start]} speaks of the future. */
  static boolean futureContext(String text, int start) {
    int from = start;
    int limit = Math.max(0, start - FUTURE_WINDOW);
    while (from > limit && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return FUTURE_CONTEXT.matcher(text.substring(from, start)).find();
  }

  /** The sentence that holds {@code text[start, end)}. */
  static String sentenceAround(String text, int start, int end) {
    return text.substring(sentenceStart(text, start), sentenceStop(text, end));
  }

  /** Where the sentence that holds {@code text[start]} begins. */
  static int sentenceStart(String text, int start) {
    int from = start;
    while (from > 0 && !(text.charAt(from - 1) == '\n' || sentenceEnd(text, from - 1))) {
      from--;
    }
    return from;
  }

  private static int sentenceStop(String text, int end) {
    int to = end;
    while (to < text.length() && !(text.charAt(to) == '\n' || sentenceEnd(text, to))) {
      to++;
    }
    return to;
  }

  /** Whether {@code text[i]} ends a sentence: not the point of an initial or abbreviation. */
  static boolean sentenceEnd(String text, int i) {
    char ch = text.charAt(i);
    if (!(ch == '.' || ch == '!' || ch == '?')
        || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (ch != '.') {
      return true;
    }
    // An initial ("Daniel P. Davison") or an abbreviation ("Mr.", "Feb.") does not end a sentence.
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i);
    return !(word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)));
  }
}
