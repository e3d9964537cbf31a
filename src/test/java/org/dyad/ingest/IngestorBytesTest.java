package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading bytes the caller fetched itself, as a Spark job does from any file system. */
class IngestorBytesTest {

  @TempDir Path dir;

  private final List<ArticleDraft> drafts = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private static final String BODY =
      "Officials in Lima said on Monday that the border crossing with Ecuador would reopen.\n"
          + "Trucks had waited for three days on both sides.";

  @Test
  void readsBytesAsTheSameFileReadFromDiskWithTheLastSegmentAsSource() throws Exception {
    Path file = Files.writeString(dir.resolve("lima.txt"), BODY);
    List<ArticleDraft> fromDisk = new ArrayList<>();
    new Ingestor().read(file, fromDisk::add, problems::add);
    new Ingestor()
        .read(
            "hdfs://cluster/news/2025/lima.txt",
            BODY.getBytes(StandardCharsets.UTF_8),
            drafts::add,
            problems::add);
    assertEquals(List.of(), problems);
    assertEquals(fromDisk, drafts);
    assertEquals("lima.txt", drafts.get(0).source());
  }

  @Test
  void reportsBadBytesOnceNamingTheInput() {
    Ingestor ingestor = new Ingestor(64);
    ingestor.read("s3a://b/empty.txt", new byte[0], drafts::add, problems::add);
    ingestor.read("s3a://b/big.txt", new byte[65], drafts::add, problems::add);
    ingestor.read("s3a://b/photo.jpg", new byte[] {1}, drafts::add, problems::add);
    ingestor.read(
        "s3a://b/lines.jsonl",
        "{oops}\n".getBytes(StandardCharsets.UTF_8),
        drafts::add,
        problems::add);
    assertEquals(List.of(), drafts);
    assertEquals(
        List.of(
            "s3a://b/empty.txt: empty file",
            "s3a://b/big.txt: file is 0.0 MB, above the 0.0 MB input limit (raise it with --max-input-mb)",
            "s3a://b/photo.jpg: unsupported file type (expected .txt, .html, .htm, .jsonl or a"
                + " feed: .xml, .rss, .atom)"),
        problems.subList(0, 3).stream().map(InputProblem::toString).toList());
    assertTrue(
        problems.get(3).toString().startsWith("s3a://b/lines.jsonl:1: malformed JSON"),
        problems.toString());
  }

  @Test
  void supportsTheFileTypesItReads() {
    Ingestor ingestor = new Ingestor();
    for (String name : List.of("a.txt", "b.HTML", "c.htm", "d.jsonl")) {
      assertTrue(ingestor.supports(name), name);
    }
    assertFalse(ingestor.supports("e.md"));
  }
}
