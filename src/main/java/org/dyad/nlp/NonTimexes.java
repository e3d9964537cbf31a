package org.dyad.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a time tagger marks that TimeML does not tag: ages, fractions, compound adjectives, quoted
 * titles and calendar words used in another sense.
 */
final class NonTimexes {

  private static final Set<String> NON_TIMEX =
      TimexNormalizer.lexicon("/dyad/timex-non-expressions.txt");
  private static final Pattern TITLE_WORDS = Pattern.compile("(?:[A-Z0-9][\\w']*\\s?)+");
  private static final Pattern TITLE_BEFORE =
      Pattern.compile("(?:^|[\\s(])(?:\"|``|'')(?:[A-Z0-9][\\w']*\\s)*$");
  // Capitalised words, maybe joined by "of" or "for" in lower case ("Summer of Hope").
  private static final Pattern TITLE_AFTER =
      Pattern.compile(
          "(?:\\s(?:(?:of|for)\\s(?:the\\s|a\\s)?)?[A-Z0-9][\\w']*)*[,.!?]?(?:\"|''|')");
  private static final Pattern UNIT_TO_UNIT =
      Pattern.compile(
          "(?i)(?:the |a )?(day|week|month|quarter|year)-(?:to|over|by|on)-(day|week|month|quarter"
              + "|year)\\b");
  private static final Pattern FRACTION =
      Pattern.compile(
          "(?:more than |nearly |about |almost )?((?:a|one|two|three)[- ]quarters?)(?: of)?");
  private static final Pattern FRACTION_OF =
      Pattern.compile(
          "(?i)\\s+of\\s+(?!(?:the |fiscal |calendar )?(?:\\d{4}|year|this|last|next)\\b)");
  private static final Pattern AGE =
      Pattern.compile("(?i)\\b(year|month|week|day)s?[- ]old\\b|\\byears? of age\\b");
  // "March" and "May" are also a walk and a verb; a month is written with a capital.
  private static final Pattern LOWER_CASE_MONTH = Pattern.compile("\\b(march|may)\\b");
  private static final Pattern MONTH_OR_SEASON_WORD =
      Pattern.compile("(?i)\\b(march|spring|summer|autumn|fall|winter)$");
  // A name: "the March for Peace", "the March of the Farmers".
  private static final Pattern NAME_AFTER =
      Pattern.compile("^\\s+(?:for|of)\\s+(?:the\\s+)?([A-Z][a-z]+)");
  private static final Pattern ONE_SECOND = Pattern.compile("(?i)(?:a|one)\\s+second");
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([A-Za-z]+)");
  // Words after "a second" that leave it a duration: "a second later", "a second or two".
  private static final Set<String> DURATION_FOLLOWERS =
      Set.of(
          "ago", "later", "earlier", "before", "after", "and", "or", "of", "to", "longer", "more",
          "too", "when", "as", "in", "on", "at", "for", "than", "that", "the", "then", "until",
          "while", "from", "so", "is", "was", "he", "she", "they", "it", "we", "i", "you");

  private static final Pattern IDIOMS = idioms();

  private NonTimexes() {}

  private static Pattern idioms() {
    StringBuilder alt = new StringBuilder();
    for (String phrase :
        new java.util.TreeSet<>(TimexNormalizer.lexicon("/dyad/timex-idioms.txt"))) {
      alt.append(alt.length() == 0 ? "" : "|")
          .append(
              String.join(
                  "\\s+",
                  java.util.Arrays.stream(phrase.split("\\s+")).map(Pattern::quote).toList()));
    }
    return Pattern.compile("(?i)\\b(?:" + alt + ")\\b");
  }

  /** Whether {@code text[start, end)} lies inside a listed idiom ("high noon", "day and night"). */
  static boolean inIdiom(String text, int start, int end) {
    int from = Math.max(0, start - 30);
    Matcher m = IDIOMS.matcher(text).region(from, Math.min(text.length(), end + 30));
    while (m.find()) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text[start, end)} is an age, a fraction, a compound adjective or a listed word.
   */
  static boolean isNonTimex(String text, int start, int end) {
    String s = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (NON_TIMEX.contains(s)) {
      return true;
    }
    // A fraction: "three-quarters of its food", but not "the first two quarters of 1990".
    Matcher f = FRACTION.matcher(s);
    if (f.matches()
        && !text.substring(Math.max(0, start - 6), start)
            .matches("(?is).*\\b(first|last|next|past) $")
        && FRACTION_OF.matcher(text.substring(start + f.end(1))).lookingAt()) {
      return true;
    }
    // A compound adjective: "quarter-to-quarter", "day-to-day", "year-over-year".
    if (UNIT_TO_UNIT.matcher(text.substring(start)).lookingAt()) {
      return true;
    }
    // An age: "a 6-year-old", "52 years old".
    int after = Math.min(text.length(), end + 12);
    Matcher m = AGE.matcher(text.substring(start, after));
    return m.find() && m.start() < s.length();
  }

  /** Whether the expression lies in a quoted run of capitalised words, a title. */
  static boolean inQuotedTitle(String text, int start, int end) {
    String s = text.substring(start, end);
    Matcher before = TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
    Matcher after = TITLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!before.find() || !after.lookingAt() || !TITLE_WORDS.matcher(s).matches()) {
      return false;
    }
    // Speech starts with a capital too ("Next Monday," she said): a title capitalises a common
    // noun after its first word ("This Week", "60 Minutes", "Summer of Hope").
    String[] words =
        (before.group() + s + after.group()).replaceAll("[\"`',.!?(]", " ").strip().split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (Character.isUpperCase(words[i].charAt(0))
          && !TimexNormalizer.MONTH.matcher(words[i]).matches()
          && !TimexNormalizer.WEEKDAY.matcher(words[i]).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a calendar word in {@code text[start, end)} is used in another sense: "march" in lower
   * case (a walk), "March" or "Spring" naming an event ("the March for Peace"), "a second" before a
   * noun (an ordinal: "a second attempt").
   */
  static boolean otherSense(String text, int start, int end) {
    String s = text.substring(start, end);
    String rest = text.substring(end, Math.min(text.length(), end + 40));
    if (LOWER_CASE_MONTH.matcher(s).find() && !s.matches(".*\\d.*")) {
      return true;
    }
    Matcher name = NAME_AFTER.matcher(rest);
    if (MONTH_OR_SEASON_WORD.matcher(s).find()
        && name.find()
        && !TimexNormalizer.MONTH.matcher(name.group(1)).matches()
        && !TimexNormalizer.WEEKDAY.matcher(name.group(1)).matches()) {
      return true;
    }
    Matcher next = NEXT_WORD.matcher(rest);
    return ONE_SECOND.matcher(s).matches()
        && next.find()
        && !DURATION_FOLLOWERS.contains(next.group(1).toLowerCase(Locale.ROOT));
  }
}
