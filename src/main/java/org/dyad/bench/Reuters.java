package org.dyad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads story bodies and dates from the Reuters-21578 SGML files. */
public final class Reuters {

  /** One Reuters story: its date line and its body reflowed to one paragraph per line. */
  public record Story(String id, String date, String body) {}

  private static final Pattern STORY =
      Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(.*?)\\s*</DATE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

  private Reuters() {}

  /** The first {@code limit} stories that have a body, in file and story order. */
  public static List<Story> read(Path dir, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .sgm files in " + dir);
    }
    List<Story> stories = new ArrayList<>();
    for (Path f : files) {
      String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
      Matcher m = STORY.matcher(sgml);
      while (m.find()) {
        Matcher body = BODY.matcher(m.group(2));
        if (!body.find()) {
          continue;
        }
        Matcher date = DATE.matcher(m.group(2));
        stories.add(
            new Story(m.group(1), date.find() ? date.group(1) : null, reflow(body.group(1))));
        if (stories.size() == limit) {
          return stories;
        }
      }
    }
    return stories;
  }

  private static final Pattern DATE_LINE =
      Pattern.compile("(\\d{1,2})-([A-Z]{3})-(\\d{4})\\b.*", Pattern.DOTALL);
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  /** The ISO day of a story's date line ("26-FEB-1987 15:01:01.79"), or null. */
  public static String isoDate(String dateLine) {
    if (dateLine == null) {
      return null;
    }
    Matcher m = DATE_LINE.matcher(dateLine.strip());
    if (!m.matches() || !MONTHS.contains(m.group(2))) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "%s-%02d-%02d",
        m.group(3),
        MONTHS.indexOf(m.group(2)) + 1,
        Integer.parseInt(m.group(1)));
  }

  /** Unescapes SGML entities, drops the "Reuter" sign-off and joins hard-wrapped lines. */
  static String reflow(String body) {
    String text =
        body.replaceAll("&#\\d+;", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replaceAll("\\s*Reuter\\s*$", "");
    StringBuilder out = new StringBuilder();
    for (String para : text.split("\n(?=\\s{2,})")) {
      String joined = para.strip().replaceAll("\\s*\n\\s*", " ");
      if (!joined.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append(joined);
      }
    }
    return out.toString();
  }
}
