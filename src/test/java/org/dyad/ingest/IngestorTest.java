package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  @TempDir Path dir;

  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private static final String BODY =
      "Officials in Ottawa said on Tuesday that talks with Washington would resume next week.\n"
          + "The two governments have traded tariffs since March.";

  private void ingest(Ingestor ingestor, Path... inputs) {
    List<String> names = new ArrayList<>();
    for (Path p : inputs) {
      names.add(p.toString());
    }
    ingestor.ingest(names, drafts::add, problems::add);
  }

  @Test
  void readsFoldersRecursivelyAndSkipsUnsupportedFilesInThem() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), BODY);
    Files.writeString(dir.resolve("a/b/two.txt"), BODY.replace("Tuesday", "Friday"));
    Files.writeString(dir.resolve("a/notes.md"), "# not an article");
    ingest(new Ingestor(), dir.resolve("a"));
    assertEquals(List.of(), problems);
    assertEquals(List.of("two.txt", "one.txt"), drafts.stream().map(ArticleDraft::source).toList());
  }

  @Test
  void aMalformedJsonlLineIsReportedWithItsLineNumberAndTheRestIsRead() throws Exception {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(
        f,
        "{\"text\": \"Seoul and Tokyo agreed to restore a hotline.\", \"published\": \"2024-03-01\"}\n"
            + "{\"text\": broken\n"
            + "{\"title\": \"no text\"}\n"
            + "{\"text\": \"A second article about Seoul.\", \"source\": \"wire-2\"}\n");
    ingest(new Ingestor(), f);
    assertEquals(2, drafts.size());
    assertEquals("2024-03-01", drafts.get(0).published().toString());
    assertEquals("wire-2", drafts.get(1).source());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).source().endsWith("batch.jsonl:2"), problems.toString());
    assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.toString());
    assertTrue(problems.get(1).message().contains("\"text\""), problems.toString());
  }

  @Test
  void badFilesAreReportedOneEachAndTheBatchGoesOn() throws Exception {
    Files.writeString(dir.resolve("good.txt"), BODY);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
    Files.write(
        dir.resolve("latin1.txt"), "Dépêche from Paris".getBytes(StandardCharsets.ISO_8859_1));
    ingest(new Ingestor(), dir, dir.resolve("missing-folder"));
    assertEquals(1, drafts.size());
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("empty.txt")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("binary.html")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("latin1.txt")));
    assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("missing-folder")));
    for (InputProblem p : problems) {
      assertTrue(!p.toString().contains("\n"), "one line: " + p);
    }
  }

  @Test
  void anOversizedHtmlPageIsRefusedWithTheLimitAndAcceptedWhenRaised() throws Exception {
    Path big = dir.resolve("big.html");
    StringBuilder html = new StringBuilder("<html><head><title>Big page</title></head><body>");
    html.append("<article><h1>Big page</h1>");
    for (int i = 0; i < 200; i++) {
      html.append("<p>Paragraph ").append(i).append(" of a long report from Nairobi.</p>");
    }
    html.append("</article><div>");
    while (html.length() < 5 * 1024 * 1024) {
      html.append("<span class=\"widget\">related link</span>");
    }
    html.append("</div></body></html>");
    Files.writeString(big, html);
    ingest(new Ingestor(), big);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("input limit"), problems.toString());
    problems.clear();
    ingest(new Ingestor(8L * 1024 * 1024), big);
    assertEquals(List.of(), problems);
    assertEquals(1, drafts.size());
    assertTrue(drafts.get(0).text().contains("long report from Nairobi"));
  }

  @Test
  void anExplicitFileOfAnUnsupportedTypeIsAProblem() throws Exception {
    Path f = dir.resolve("data.csv");
    Files.writeString(f, "a,b\n");
    ingest(new Ingestor(), f);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().startsWith("unsupported file type"));
  }
}
