package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.ingest.dates.DateFinder;
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
    int read = 0;
    int bad = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1);
      try {
        out.accept(article(where, JSON.readTree(line), problems));
        read++;
      } catch (JsonProcessingException e) {
        bad++;
        problems.accept(
            new InputProblem(where, "malformed JSON: " + e.getOriginalMessage().split("\n")[0]));
      } catch (InputException e) {
        bad++;
        problems.accept(new InputProblem(where, e.getMessage()));
      } catch (RuntimeException e) {
        bad++;
        problems.accept(new InputProblem(where, "could not be read: " + e));
      }
    }
    if (read == 0 && bad == 0) {
      throw new InputException("no JSON lines in file");
    }
  }

  private ArticleDraft article(String where, JsonNode node, Consumer<InputProblem> problems)
      throws InputException {
    if (!node.isObject()) {
      throw new InputException("line is not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new InputException("missing or empty \"text\" field");
    }
    String source = string(node, "source");
    ArticleDraft parsed =
        parser.parse(source != null ? source : where, InputFiles.withoutControls(text.asText()));
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
                where, "\"published\" value '" + stated + "' is not a date; kept without it"));
      }
    }
    return new ArticleDraft(
        parsed.source(),
        string(node, "url"),
        firstNonNull(string(node, "title"), parsed.title()),
        firstNonNull(string(node, "outlet"), parsed.outlet()),
        firstNonNull(string(node, "author"), parsed.author()),
        published,
        inferred,
        firstNonNull(string(node, "language"), "en"),
        parsed.text());
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
