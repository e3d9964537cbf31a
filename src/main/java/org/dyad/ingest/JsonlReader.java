package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.ingest.dates.DateFinder;
import org.dyad.ingest.text.CorpusLines;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.model.PartialDate;

/** Reads JSON Lines, one article object per line, as described in FORMAT.md. */
public final class JsonlReader implements DocumentReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TextArticleParser parser;

  public JsonlReader(TextArticleParser parser) {
    this.parser = parser;
  }

  @Override
  public void read(
      String source, String content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException {
    String[] lines = content.split("\r?\n", -1);
    List<Line> read = new ArrayList<>();
    List<JsonNode> records = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1);
      try {
        JsonNode node = JSON.readTree(line);
        records.add(node);
        read.add(new Line(where, node, null));
      } catch (JsonProcessingException e) {
        read.add(new Line(where, null, "malformed JSON: " + e.getOriginalMessage().split("\n")[0]));
      } catch (RuntimeException e) {
        read.add(new Line(where, null, "could not be read: " + e));
      }
    }
    if (read.isEmpty()) {
      throw new InputException("no JSON lines in file");
    }
    CorpusLines corpus = CorpusLines.of(pages(records));
    for (Line l : read) {
      if (l.problem() != null) {
        problems.accept(new InputProblem(l.where(), l.problem()));
        continue;
      }
      try {
        out.accept(article(l.where(), l.node(), problems, corpus));
      } catch (InputException e) {
        problems.accept(new InputProblem(l.where(), e.getMessage()));
      } catch (RuntimeException e) {
        problems.accept(new InputProblem(l.where(), "could not be read: " + e));
      }
    }
  }

  /** One non-blank line of the file: its record, or why it is none. */
  private record Line(String where, JsonNode node, String problem) {}

  /** The pages of the records that carry text, for finding the lines a site repeats. */
  private static List<CorpusLines.Page> pages(List<JsonNode> records) {
    List<CorpusLines.Page> out = new ArrayList<>();
    for (JsonNode node : records) {
      JsonNode text = node.isObject() ? node.get("text") : null;
      if (text != null && text.isTextual()) {
        out.add(
            new CorpusLines.Page(string(node, "url"), InputFiles.withoutControls(text.asText())));
      }
    }
    return out;
  }

  private ArticleDraft article(
      String where, JsonNode node, Consumer<InputProblem> problems, CorpusLines corpus)
      throws InputException {
    if (!node.isObject()) {
      throw new InputException("line is not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new InputException("missing or empty \"text\" field");
    }
    String source = string(node, "source");
    String url = string(node, "url");
    ArticleDraft parsed =
        parser.parse(
            source != null ? source : where,
            InputFiles.withoutControls(text.asText()),
            new TextArticleParser.PageContext(
                url, string(node, "outlet"), corpus.repeatedFor(url)));
    if (parsed.text().isBlank()) {
      throw new InputException("no article text left after removing page furniture");
    }
    PartialDate published = parsed.published();
    boolean inferred = parsed.publishedInferred();
    String stated = string(node, "published");
    if (stated != null) {
      Optional<PartialDate> date = DateFinder.parseDate(stated);
      if (date.isPresent()) {
        published = date.get();
        inferred = false;
      } else {
        problems.accept(
            new InputProblem(
                where,
                "\"published\" value '" + oneLine(stated) + "' is not a date; kept without it"));
      }
    }
    return new ArticleDraft(
        parsed.source(),
        url,
        firstNonNull(string(node, "title"), parsed.title()),
        firstNonNull(string(node, "outlet"), parsed.outlet()),
        firstNonNull(string(node, "author"), parsed.author()),
        published,
        inferred,
        firstNonNull(string(node, "language"), "en"),
        parsed.text(),
        parsed.syndicatedFrom());
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  /** A value for a problem line: control characters as spaces, at most 80 characters. */
  private static String oneLine(String value) {
    String v = value.replaceAll("\\p{Cntrl}+", " ");
    return v.length() > 80 ? v.substring(0, 80) + "..." : v;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
