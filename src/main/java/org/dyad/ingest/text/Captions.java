package org.dyad.ingest.text;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.outlet.OutletDirectory;

/**
 * Photo and video captions and their credits: a line that ends with a credit ("... on Monday. (AP
 * Photo/Jane Roe)", "... in Baku. EPA", "... 2024. Photo: Courtesy of the ministry"), opens the way
 * captions do ("This photo taken on ... shows"), or is only a credit ("Image: Handout via Reuters",
 * "(Video: Jane Roe)").
 *
 * <p>A credit is strong when it holds credit vocabulary ({@code [credit]} in the furniture file:
 * photo words and photo agencies) or names a photographer after an agency ("Agency/Jane Roe"); a
 * bare news-agency name ("(Xinhua)") makes a caption only after a date, since wire copy sometimes
 * ends a paragraph with its agency.
 */
final class Captions {

  /** The largest caption, in words. */
  static final int MAX_WORDS = 80;

  private static final Pattern PAREN_TAIL =
      Pattern.compile("^(.*?)\\s*\\(((?:[^()]|\\([^()]*\\))+)\\)\\s*$", Pattern.DOTALL);
  private static final Pattern LABEL_TAIL =
      Pattern.compile(
          "^(.*[.!?\u2026\"'\u201d\u2019)])\\s*(?:(?:photo(?:graph)?|image|picture|pic|video|foto"
              + "|illustration|graphic)s?\\s*(?:credit\\s*)?:|(?:photo(?:graph)?|picture|image)s?"
              + "\\s+by\\b)\\s*(.{2,120})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern WORD_TAIL =
      Pattern.compile(
          "^(.*[.!?\u2026\"\u201d\u2019])\\s+(\\p{Lu}[\\p{L}&./'\u2019-]*"
              + "(?:\\s+(?:via\\s+)?\\p{Lu}[\\p{L}&./'\u2019-]*){0,3})$");
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^\\(?\\s*(?:(?:photo(?:graph)?|image|picture|pic|video|foto|illustration|graphic|"
              + "footage)s?\\s*(?:credit|source)?\\s*:|(?:photo(?:graph)?|picture|image|video)s?"
              + "\\s+by\\b|courtesy\\s*(?:of|:))\\s*(.{1,140}?)\\s*\\)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern ENDS_WITH_DATE =
      Pattern.compile(
          ".*(?:\\b(?:19|20)\\d{2}|\\b"
              + MONTH
              + "\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+"
              + MONTH
              + ")$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_CLOSED =
      Pattern.compile(".*\\S.*[.!?\u2026\"'\u201d\u2019]$", Pattern.DOTALL);
  private static final Pattern KICKER =
      Pattern.compile("^\\p{Lu}[\\p{Lu}\\d'\u2018\u2019 &-]{1,30}[.!?]['\u2019]?\\s+\\S.*");
  private static final Pattern IMAGE_WORD =
      Pattern.compile(
          "\\b(?:photo(?:graph)?|image|picture|video|footage|screenshot|screengrab)s?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CREDIT_LABEL =
      Pattern.compile(
          "(?:photo(?:graph)?|image|picture|pic|video|foto|illustration|graphic|footage|credit"
              + "|source|courtesy)s?(?:\\s+(?:credit|source))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONNECTOR =
      Pattern.compile("via|by|of|for|the|and|from|on|in|at|de|del|la|le|du|van|von|al|el|bin|ibn");
  private static final Pattern IMAGE_CREDIT =
      Pattern.compile(
          "(?i)\\b(?:photo(?:graph)?s?|images?|pictures?|pics?|video|footage|courtesy|handout"
              + "|getty|shutterstock|epa|pool)\\b");

  private final Predicate<String> creditWords;
  private final Predicate<String> opener;
  private final OutletDirectory outlets;

  /**
   * @param creditWords true when a string holds credit vocabulary
   * @param opener true when a whole line opens the way captions do
   * @param outlets the agencies whose bare names credit a dated caption
   */
  Captions(Predicate<String> creditWords, Predicate<String> opener, OutletDirectory outlets) {
    this.creditWords = creditWords;
    this.opener = opener;
    this.outlets = outlets;
  }

  /**
   * True for a caption: it ends with a credit, opens like a caption, or starts with an all-caps
   * kicker and speaks of a photo or video ("SHIPS MEET. The navy shares a photo of ...").
   */
  boolean isCaption(String line) {
    String s = line.strip();
    int w = LineShapes.words(s);
    if (w < 3 || w > MAX_WORDS) {
      return false;
    }
    Matcher m = PAREN_TAIL.matcher(s);
    if (m.matches()) {
      String head = m.group(1).strip();
      String credit = m.group(2).strip();
      boolean closed = SENTENCE_CLOSED.matcher(head).matches();
      if (closed && (isStrongCredit(credit) || isAgency(credit) && datedEnd(head))) {
        return true;
      }
    }
    m = LABEL_TAIL.matcher(s);
    if (m.matches() && LineShapes.words(m.group(2)) <= 14) {
      return true;
    }
    m = WORD_TAIL.matcher(s);
    if (m.matches()) {
      String tail = m.group(2).strip();
      if (isStrongCredit(tail) || isAgency(tail) && datedEnd(m.group(1))) {
        return true;
      }
    }
    if (opener.test(s)) {
      return true;
    }
    return KICKER.matcher(s).matches() && IMAGE_WORD.matcher(s).find();
  }

  /**
   * True for a line that is only a credit: "Image: Handout via Reuters", "(Video: Jane Roe)",
   * "Photo by Jane Roe", "Courtesy of the ministry", "AFP/Getty Images".
   */
  boolean isCreditLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || LineShapes.words(s) > 16) {
      return false;
    }
    if (s.endsWith(":")) {
      return false;
    }
    Matcher m = CREDIT_LINE.matcher(s);
    if (m.matches()) {
      return !LineShapes.endsSentence(m.group(1)) || LineShapes.words(m.group(1)) <= 8;
    }
    String core = s.replaceAll("^\\(|\\)$", "").strip();
    return LineShapes.words(core) <= 6 && !LineShapes.endsSentence(core) && isStrongCredit(core);
  }

  /**
   * Credit vocabulary, or an agency with a photographer's name after a slash, in a string shaped
   * like a credit: names, credit words and connectors, at most one other lower-case word, and
   * before a colon only a credit label ("Photo:"), so that "(Warning: the video shows ...)" or a
   * parenthesised remark is not a credit.
   */
  boolean isStrongCredit(String credit) {
    String c = credit.strip();
    if (c.isEmpty() || LineShapes.words(c) > 16 || !isCreditShaped(c)) {
      return false;
    }
    if (creditWords.test(c)) {
      return true;
    }
    String[] parts = c.split("\\s*/\\s*");
    if (parts.length >= 2) {
      boolean agency = false;
      for (String p : parts) {
        agency |= isAgency(p);
      }
      return agency;
    }
    return false;
  }

  private boolean isCreditShaped(String c) {
    int colon = c.indexOf(':');
    if (colon >= 0 && !CREDIT_LABEL.matcher(c.substring(0, colon).strip()).matches()) {
      return false;
    }
    int other = 0;
    for (String token : c.split("[\\s/()\\[\\],;:]+")) {
      String t = token.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
      if (!t.isEmpty()
          && Character.isLowerCase(t.codePointAt(0))
          && !CONNECTOR.matcher(t).matches()
          && !creditWords.test(t)) {
        other++;
      }
    }
    return other <= 1;
  }

  /** True when the line above a credit line may be its caption: a photo or video credit. */
  boolean creditsAnImage(String creditLine) {
    return IMAGE_CREDIT.matcher(creditLine).find();
  }

  /** True when the string is a news agency's name ("Xinhua", "the Associated Press"). */
  boolean isAgency(String name) {
    String n = name.strip().replaceAll("^(?i:the)\\s+", "");
    return !n.isEmpty()
        && LineShapes.words(n) <= 5
        && outlets.byName(n).map(o -> o.isAgency()).orElse(false);
  }

  private static boolean datedEnd(String head) {
    String h = head.strip().replaceAll("[\\s.\"'\u201d\u2019)]+$", "");
    return ENDS_WITH_DATE.matcher(h.toLowerCase(Locale.ROOT)).matches();
  }
}
