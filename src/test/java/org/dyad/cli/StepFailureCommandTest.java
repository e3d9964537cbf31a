package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored article whose annotations break extraction (written by another tool, or damaged) is one
 * problem line for {@code export}; the rest is exported and the exit code is 1.
 */
class StepFailureCommandTest extends CliTestSupport {

  @TempDir Path dir;

  /** An article with one token, numbered as in its sentence or (damaged) out of range. */
  private static AnnotatedArticle article(String source, String text, boolean tagged) {
    Article a =
        new Article(
            ArticleIds.idFor(text),
            source,
            null,
            null,
            null,
            null,
            PartialDate.parse("2025-02-03"),
            false,
            "en",
            text);
    Span first = new Span(0, text.indexOf(' '));
    Sentence s =
        new Sentence(
            0,
            new Span(0, text.length()),
            List.of(
                new Token(
                    tagged ? 0 : 7, first, first.of(text), first.of(text), "NNP", "LOCATION")),
            List.of());
    return new AnnotatedArticle(
        a,
        List.of(s),
        List.of(new EntityMention(first, "Lisbon", EntityType.COUNTRY, "PRT")),
        List.of(),
        List.of(new Provenance("test", "1")));
  }

  @Test
  void anArticleThatBreaksExtractionIsReportedAndTheRestExported() throws Exception {
    Path db = dir.resolve("db");
    String good = "Lisbon and Madrid signed a water treaty on Monday.";
    String bad = "Lisbon recalled its envoy from Madrid after the dispute.";
    AnnotatedArticle broken = article("bad.txt", bad, false);
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      store.save(article("good.txt", good, true));
      store.save(broken);
    }
    Path file = dir.resolve("out.json");
    int code = run("export", "--db", db.toString(), "--format", "json", "--out", file.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, code, err.toString());
    String[] lines = err.toString().strip().split("\n");
    assertEquals(1, lines.length, err.toString());
    assertTrue(
        lines[0].startsWith("dyad: skipped bad.txt: article " + broken.article().id() + ": "),
        lines[0]);
    assertTrue(lines[0].contains(" failed: "), lines[0]);
    assertEquals(2, new ObjectMapper().readTree(file.toFile()).get("articles").size());
  }

  @Test
  void aMissingExportFolderIsCreatedAndSaidSo() throws Exception {
    Path file = dir.resolve("new/folder/out.json");
    int code =
        run(
            "export",
            "--db",
            dir.resolve("db").toString(),
            "--format",
            "json",
            "--create",
            "--out",
            file.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(
        out.toString().contains("dyad: created folder " + dir.resolve("new/folder") + " for "),
        out.toString());
    assertTrue(Files.exists(file));
  }

  @Test
  void anExportFolderThatCannotBeMadeFailsBeforeAnyWork() throws Exception {
    Files.writeString(dir.resolve("file"), "a file, not a folder");
    Path file = dir.resolve("file/sub/out.json");
    int code =
        run(
            "analyze",
            dir.resolve("missing.txt").toString(),
            "--db",
            dir.resolve("db").toString(),
            "--export",
            file.toString());
    assertEquals(ExitCodes.OUTPUT_FAILED, code, err.toString());
    assertTrue(
        err.toString().contains("cannot create folder " + dir.resolve("file/sub")), err.toString());
    assertTrue(!Files.exists(dir.resolve("db")), "nothing was opened");
  }
}
