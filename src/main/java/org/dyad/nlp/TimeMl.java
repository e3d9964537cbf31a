package org.dyad.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/** Reads TimeML documents into plain text with a creation date and writes TIMEX3 tags back. */
public final class TimeMl {

  /** The tag syntax the TempEval scorer recognises. */
  static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");

  static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");
  private static final Pattern DCT_TIMEX =
      Pattern.compile(
          "<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>|<DCT>\\s*<TIMEX3\\b[^>]*>");
  // The story timestamp of a wire header: "NEWS STORY 2000-01-07 03:03" or "NEWS STORY 08/17/1998".
  private static final Pattern STORY_STAMP =
      Pattern.compile("NEWS STORY\\s+(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{2})/(\\d{2})/(\\d{4}))\\b");
  private static final String TE3_INPUT = ".tml.te3input";
  private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

  private TimeMl() {}

  /**
   * A TimeML document: its source, the plain text of {@code <TEXT>} with tags removed and entities
   * decoded, and the creation date.
   */
  public static final class Document {
    private final String source;
    private final int bodyStart;
    private final int bodyEnd;
    private final String text;
    // startRaw[i]: source index where decoded char i begins (i == length: bodyEnd).
    private final int[] startRaw;
    // endRaw[i]: source index just after decoded char i-1 ends (i == 0: bodyStart).
    private final int[] endRaw;
    private final PartialDate creationDate;
    private final PartialDate storyDate;
    private final List<TimeExpression> timexes;

    private Document(
        String source,
        int bodyStart,
        int bodyEnd,
        String text,
        int[] startRaw,
        int[] endRaw,
        PartialDate creationDate,
        PartialDate storyDate,
        List<TimeExpression> timexes) {
      this.source = source;
      this.bodyStart = bodyStart;
      this.bodyEnd = bodyEnd;
      this.text = text;
      this.startRaw = startRaw;
      this.endRaw = endRaw;
      this.creationDate = creationDate;
      this.storyDate = storyDate;
      this.timexes = List.copyOf(timexes);
    }

    /** The file content as read. */
    public String source() {
      return source;
    }

    /** The text inside {@code <TEXT>}, tags removed and character references decoded. */
    public String text() {
      return text;
    }

    /** The day (or coarser date) of the document creation time, or null when absent. */
    public PartialDate creationDate() {
      return creationDate;
    }

    /**
     * The day the text speaks from: the date of the wire header's story timestamp ("NEWS STORY
     * 2000-01-07 03:03") when the header has one, as a story re-sent later keeps the timestamp it
     * was written at; else the creation date.
     */
    public PartialDate referenceDate() {
      return storyDate != null ? storyDate : creationDate;
    }

    /** The TIMEX3 annotations already inside {@code <TEXT>}, with spans into {@link #text()}. */
    public List<TimeExpression> timexes() {
      return timexes;
    }
  }

  /**
   * Reads a TimeML file ({@code .tml}, {@code .xml}, or the TempEval-3 test input {@code
   * .tml.TE3input}: TimeML whose text has no TIMEX3 tags but whose DCT is kept), or a plain-text
   * file (any other name, unless it holds a {@code <TEXT>} element).
   */
  public static Document read(Path file, PartialDate fallbackDate) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (isTimeMlName(file) || content.contains("<TEXT>")) {
      try {
        Document d = parse(content);
        if (d.creationDate == null && fallbackDate != null) {
          return new Document(
              d.source,
              d.bodyStart,
              d.bodyEnd,
              d.text,
              d.startRaw,
              d.endRaw,
              fallbackDate,
              d.storyDate,
              d.timexes);
        }
        return d;
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    return fromPlainText(content, fallbackDate);
  }

  /** Whether the file name is one of a TimeML document: .tml, .xml or .tml.TE3input. */
  public static boolean isTimeMlName(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".tml") || name.endsWith(".xml") || name.endsWith(TE3_INPUT);
  }

  /**
   * The name of the TimeML file written for {@code input}: "a.b.tml.TE3input", "a.b.tml" and
   * "a.b.txt" all give "a.b.tml", as the TempEval-3 scorer pairs system and gold files by name.
   */
  public static String outputName(Path input) {
    String name = input.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(TE3_INPUT)) {
      return name.substring(0, name.length() - TE3_INPUT.length()) + ".tml";
    }
    return name.replaceAll("\\.[^.]+$", "") + ".tml";
  }

  /** Parses TimeML content; it must contain a {@code <TEXT>} element. */
  public static Document parse(String source) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    int open = source.indexOf("<TEXT>");
    int close = source.lastIndexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("no <TEXT>...</TEXT> element");
    }
    int bodyStart = open + "<TEXT>".length();
    PartialDate dct = creationDate(source.substring(0, open));
    return decode(source, bodyStart, close, dct, storyDate(source.substring(0, open)));
  }

  /** Wraps plain text as a TimeML document with an optional creation date. */
  public static Document fromPlainText(String text, PartialDate creationDate) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    if (creationDate != null) {
      s.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
          .append(creationDate)
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
          .append(creationDate)
          .append("</TIMEX3></DCT>\n");
    }
    s.append("<TEXT>").append(escape(text, false)).append("</TEXT>\n</TimeML>\n");
    Document d = parse(s.toString());
    if (!d.text.equals(text)) {
      throw new IllegalStateException("plain text did not survive escaping");
    }
    return d;
  }

  /**
   * The document's source with every TIMEX3 tag inside {@code <TEXT>} replaced by tags for {@code
   * timexes}; all other characters are kept as they were.
   */
  public static String write(Document doc, List<TimeExpression> timexes) {
    if (doc == null) {
      throw new IllegalArgumentException("doc must not be null");
    }
    if (timexes == null) {
      throw new IllegalArgumentException("timexes must not be null");
    }
    List<TimeExpression> sorted = nonOverlapping(timexes, doc.text.length());
    int n = doc.text.length();
    List<List<String>> opens = new ArrayList<>();
    List<List<String>> closes = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      opens.add(new ArrayList<>());
      closes.add(new ArrayList<>());
    }
    int tid = 1;
    for (TimeExpression t : sorted) {
      opens
          .get(t.span().start())
          .add(
              "<TIMEX3 tid=\"t"
                  + tid++
                  + "\" type=\""
                  + escape(t.type(), true)
                  + "\" value=\""
                  + escape(t.value() == null ? "" : t.value(), true)
                  + "\">");
      closes.get(t.span().end()).add("</TIMEX3>");
    }
    String src = doc.source;
    StringBuilder out = new StringBuilder(src.length() + sorted.size() * 80);
    out.append(src, 0, doc.bodyStart);
    for (int i = 0; i <= n; i++) {
      // The markup between decoded chars i-1 and i: keep everything but TIMEX3 tags, and put ours
      // after the leading closing tags so that they nest outside neighbouring elements.
      int from = doc.endRaw[i];
      int to = doc.startRaw[i];
      Matcher m = TAG.matcher(src).region(from, to);
      boolean inserted = false;
      int pos = from;
      while (m.find()) {
        if (!inserted && m.group(1).isEmpty()) {
          appendOurs(out, closes.get(i), opens.get(i));
          inserted = true;
        }
        if (!m.group(2).equals("TIMEX3")) {
          out.append(src, m.start(), m.end());
        }
        pos = m.end();
      }
      if (pos != to) {
        throw new IllegalStateException("unexpected text between tags at " + pos);
      }
      if (!inserted) {
        appendOurs(out, closes.get(i), opens.get(i));
      }
      if (i < n) {
        out.append(src, doc.startRaw[i], doc.endRaw[i + 1]);
      }
    }
    out.append(src, doc.bodyEnd, src.length());
    return out.toString();
  }

  private static void appendOurs(StringBuilder out, List<String> closes, List<String> opens) {
    closes.forEach(out::append);
    opens.forEach(out::append);
  }

  /** The expressions sorted by span, dropping any that overlap an earlier, longer one. */
  static List<TimeExpression> nonOverlapping(List<TimeExpression> timexes, int textLength) {
    List<TimeExpression> byLength = new ArrayList<>(timexes);
    byLength.sort(
        Comparator.comparingInt((TimeExpression t) -> -t.span().length())
            .thenComparing(TimeExpression::span));
    List<TimeExpression> kept = new ArrayList<>();
    for (TimeExpression t : byLength) {
      if (t.span().end() > textLength) {
        throw new IllegalArgumentException(
            "timexes: span " + t.span() + " is outside a text of length " + textLength);
      }
      if (t.span().length() > 0 && kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparing(TimeExpression::span));
    return kept;
  }

  /** Escapes {@code &}, {@code <} and {@code >} (and {@code "} in attribute values). */
  public static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static PartialDate creationDate(String head) {
    Matcher m = DCT_TIMEX.matcher(head);
    if (!m.find()) {
      return null;
    }
    Matcher a = ATTR.matcher(m.group());
    while (a.find()) {
      if (a.group(1).equals("value")) {
        Matcher d = DATE_PREFIX.matcher(a.group(2));
        if (d.lookingAt()) {
          try {
            return PartialDate.parse(d.group(1) + "-" + d.group(2) + "-" + d.group(3));
          } catch (IllegalArgumentException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private static PartialDate storyDate(String head) {
    Matcher m = STORY_STAMP.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return m.group(1) != null
          ? PartialDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
          : PartialDate.parse(m.group(6) + "-" + m.group(4) + "-" + m.group(5));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Document decode(
      String src, int bodyStart, int bodyEnd, PartialDate dct, PartialDate story) {
    StringBuilder text = new StringBuilder(bodyEnd - bodyStart);
    int[] startRaw = new int[bodyEnd - bodyStart + 1];
    int[] endRaw = new int[bodyEnd - bodyStart + 1];
    List<TimeExpression> gold = new ArrayList<>();
    int openStart = -1;
    Map<String, String> openAttrs = null;
    Matcher tag = TAG.matcher(src);
    Matcher ent = ENTITY.matcher(src);
    endRaw[0] = bodyStart;
    int i = bodyStart;
    while (i < bodyEnd) {
      char c = src.charAt(i);
      if (c == '<' && tag.region(i, bodyEnd).lookingAt()) {
        if (tag.group(2).equals("TIMEX3")) {
          if (tag.group(1).isEmpty() && !tag.group(3).stripTrailing().endsWith("/")) {
            openStart = text.length();
            openAttrs = attributes(tag.group(3));
          } else if (!tag.group(1).isEmpty() && openAttrs != null) {
            String type = openAttrs.getOrDefault("type", "");
            Span span = new Span(openStart, text.length());
            gold.add(
                new TimeExpression(
                    span,
                    span.of(text),
                    type.isBlank() ? "DATE" : type,
                    openAttrs.getOrDefault("value", "")));
            openAttrs = null;
          }
        }
        i = tag.end();
        continue;
      }
      String decoded;
      int next;
      if (c == '&' && ent.region(i, bodyEnd).lookingAt()) {
        decoded = entity(ent.group(1));
        next = decoded == null ? i + 1 : ent.end();
        if (decoded == null) {
          decoded = "&";
        }
      } else {
        decoded = String.valueOf(c);
        next = i + 1;
      }
      for (int k = 0; k < decoded.length(); k++) {
        startRaw[text.length()] = i;
        text.append(decoded.charAt(k));
        // Only the last char of a multi-char decoding ends at the entity's end.
        endRaw[text.length()] = k == decoded.length() - 1 ? next : i;
      }
      i = next;
    }
    startRaw[text.length()] = bodyEnd;
    int len = text.length();
    return new Document(
        src,
        bodyStart,
        bodyEnd,
        text.toString(),
        java.util.Arrays.copyOf(startRaw, len + 1),
        java.util.Arrays.copyOf(endRaw, len + 1),
        dct,
        story,
        gold);
  }

  private static String entity(String name) {
    try {
      if (name.startsWith("#x")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null; // not a valid code point: keep the text as it is
    }
    return NAMED.get(name);
  }

  static Map<String, String> attributes(String s) {
    Map<String, String> attrs = new java.util.LinkedHashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      attrs.putIfAbsent(a.group(1), unescape(a.group(2)));
    }
    return attrs;
  }

  /** Decodes character references; unknown ones are kept as they are. */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String decoded = entity(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
    }
    m.appendTail(b);
    return b.toString();
  }
}
