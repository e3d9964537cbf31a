package org.dyad.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * Reads and writes TimeML: the document creation time and the plain text inside {@code <TEXT>}
 * (tags removed, characters kept as they are, so offsets agree with TempEval scorers), and a copy
 * of a document with Dyad's own {@code TIMEX3} tags.
 */
public final class TimeMl {

  /**
   * A TimeML document: its creation date (or null) and its plain text.
   *
   * @param markup true when {@code text} is TimeML character data (entities kept escaped), false
   *     for raw text that must be escaped when written
   */
  public record Document(String name, PartialDate creationDate, String text, boolean markup) {}

  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern DCT =
      Pattern.compile(
          "<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private TimeMl() {}

  public static Document read(Path file) throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    if (!name.endsWith(".tml")) {
      return new Document(name.replaceAll("\\.[^.]+$", "") + ".tml", null, raw, false);
    }
    Matcher t = TEXT.matcher(raw);
    if (!t.find()) {
      throw new IOException(file + ": no <TEXT> element");
    }
    Matcher d = DCT.matcher(raw);
    PartialDate dct = d.find() ? PartialDate.parse(d.group(1)) : null;
    return new Document(name, dct, TAG.matcher(t.group(1)).replaceAll(""), true);
  }

  /** The document as TimeML with {@code timexes} tagged in its text. */
  public static String write(Document doc, List<TimeExpression> timexes) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    b.append("<DOCID>").append(doc.name().replace(".tml", "")).append("</DOCID>\n");
    if (doc.creationDate() != null) {
      b.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"")
          .append(doc.creationDate())
          .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
          .append(doc.creationDate())
          .append("</TIMEX3></DCT>\n");
    }
    b.append("<TEXT>");
    String text = doc.text();
    int pos = 0;
    int n = 1;
    for (TimeExpression t : timexes) {
      if (t.span().start() < pos) {
        continue;
      }
      b.append(chars(doc, text.substring(pos, t.span().start())));
      b.append("<TIMEX3 tid=\"t")
          .append(n++)
          .append("\" type=\"")
          .append(t.type())
          .append("\" value=\"")
          .append(t.value() == null ? "" : escape(t.value()))
          .append("\">")
          .append(chars(doc, text.substring(t.span().start(), t.span().end())))
          .append("</TIMEX3>");
      pos = t.span().end();
    }
    b.append(chars(doc, text.substring(pos))).append("</TEXT>\n</TimeML>\n");
    return b.toString();
  }

  private static String chars(Document doc, String s) {
    return doc.markup() ? s : escape(s);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
