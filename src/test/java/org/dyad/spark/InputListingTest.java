package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

  @TempDir Path dir;

  @Test
  void listsFoldersAsAnalyzeDoesNamingFilesBelowTheInputAsGiven() throws Exception {
    Files.createDirectories(dir.resolve("news/b"));
    Files.writeString(dir.resolve("news/b/two.txt"), "x");
    Files.writeString(dir.resolve("news/a.html"), "x");
    Files.writeString(dir.resolve("news/.hidden.txt"), "x");
    Files.writeString(dir.resolve("news/notes.md"), "x");
    Files.writeString(dir.resolve("one.jsonl"), "x");
    String news = dir.resolve("news").toString();
    String one = dir.resolve("one.jsonl").toString();
    String missing = dir.resolve("missing").toString();

    InputListing l =
        InputListing.list(List.of(news, missing, one), new Configuration(), new Ingestor());

    assertEquals(
        List.of(news + "/a.html", news + "/b/two.txt", one),
        l.files().stream().map(InputListing.InputFile::name).toList());
    assertEquals(List.of(0, 1, 2), l.files().stream().map(InputListing.InputFile::index).toList());
    assertEquals(List.of(new InputProblem(missing, "no such file or directory")), l.problems());
  }

  @Test
  void readsAFileIntoDraftsOrderedWithinItAndProblemsNamingIt() throws Exception {
    Path lines = dir.resolve("wire.jsonl");
    Files.writeString(
        lines,
        "{\"text\": \"Ghana and Togo reopened their border on Monday, officials said.\"}\n"
            + "not json\n"
            + "{\"text\": \"Togo's president thanked Ghana for its patience, officials said.\"}\n");
    InputListing.InputFile file =
        new InputListing.InputFile(3, lines.toUri().toString(), "wire.jsonl");

    List<DyadSparkJob.Ingested> read = InputListing.read(file, Map.of(), 1 << 20);

    assertEquals(3, read.size());
    assertEquals(
        List.of(3L << 32, (3L << 32) + 1, (3L << 32) + 2),
        read.stream().map(DyadSparkJob.Ingested::order).toList());
    assertEquals("wire.jsonl:2", read.get(1).problemSource());
    assertEquals(
        "file is 0.0 MB, above the 0.0 MB input limit (raise it with --max-input-mb)",
        InputListing.read(file, Map.of(), 16).get(0).problemMessage());
  }
}
