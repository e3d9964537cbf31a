package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputProblem;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.report.JsonExporter;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode over the bundled examples, plus a copy, an updated copy and bad
 * inputs, against the single-machine pipeline ({@code dyad analyze}, one thread) on the same files.
 */
class DyadSparkJobIT {

  private static final long MAX_BYTES = 4L * 1024 * 1024;

  @TempDir static Path dir;
  static DyadSparkJob.Result result;
  static JsonNode spark;
  static JsonNode single;
  static Dyad.RunSummary singleRun;

  @BeforeAll
  static void analyseBothWays() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("copies"));
    try (Stream<Path> examples = Files.list(Path.of("examples"))) {
      for (Path p : examples.filter(p -> !p.toString().endsWith(".md")).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Files.copy(Path.of("examples/aze-russia-plane.txt"), corpus.resolve("copies/plane-again.txt"));
    Files.writeString(
        corpus.resolve("copies/sputnik-updated.txt"),
        Files.readString(Path.of("examples/rus-aze-sputnik.txt"))
            .replace(
                "He pointed to the trade",
                "This version corrects the spelling of a name. He pointed to the trade"));
    Files.write(corpus.resolve("broken.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1});
    Files.writeString(
        corpus.resolve("bad.jsonl"),
        "{\"text\": \"An unfinished line\n{\"title\": \"no text field\"}\n",
        StandardCharsets.UTF_8);

    Path out = dir.resolve("out");
    List<String> log = new ArrayList<>();
    result =
        DyadSparkJob.run(
            new DyadSparkJob.Options(
                List.of(corpus.toString()), out.toString(), "local[2]", 2, MAX_BYTES),
            log::add);
    ObjectMapper json = new ObjectMapper();
    spark = json.readTree(out.resolve(DyadSparkJob.EXPORT).toFile());

    Gazetteer gazetteer = Gazetteer.load();
    try (ArticleStore store = ArticleStore.openEmbedded(dir.resolve("db"))) {
      Dyad dyad =
          new Dyad(
              new Ingestor(MAX_BYTES),
              new GazetteerAnnotator(
                  CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer),
              store,
              new Extraction(gazetteer),
              1);
      singleRun = dyad.analyze(List.of(corpus.toString()), new Dyad.Listener() {});
      single = json.readTree(JsonExporter.toJson(dyad.analysis(singleRun.articleIds())));
    }
  }

  @Test
  void exportsTheSameArticlesAsTheSingleMachinePipeline() {
    assertEquals(8, spark.get("articles").size());
    assertEquals(single.get("articles"), spark.get("articles"));
  }

  @Test
  void exportsTheSameEventsQuotesAndDivergencesIdsAside() {
    assertTrue(spark.get("events").size() > 20, "events: " + spark.get("events").size());
    assertEquals(withoutIds(single.get("events")), withoutIds(spark.get("events")));
    assertEquals(single.get("quotes"), spark.get("quotes"));
    assertEquals(single.get("divergences").size(), spark.get("divergences").size());
    assertEquals(single.get("tension"), spark.get("tension"));
  }

  @Test
  void dropsTheCopyAndTheUpdatedCopyAsTheStoreDoes() {
    assertEquals(1, result.exactDuplicates());
    assertEquals(1, result.nearDuplicates());
    assertEquals(2, singleRun.duplicates());
  }

  @Test
  void listsEveryBadInputOnceNamingItAndGoesOn() throws Exception {
    List<String> lines = result.problems().stream().map(InputProblem::toString).toList();
    assertEquals(singleRun.problems().stream().map(InputProblem::toString).toList(), lines);
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("broken.txt: binary content")), lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("bad.jsonl:1: malformed JSON")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("bad.jsonl:2: missing")), lines.toString());
    assertEquals(lines, Files.readAllLines(dir.resolve("out").resolve(DyadSparkJob.PROBLEMS)));
  }

  @Test
  void writesTheGdeltTableWithOneRowPerEvent() throws Exception {
    List<String> rows = Files.readAllLines(dir.resolve("out").resolve(DyadSparkJob.GDELT));
    int asserted = 0;
    for (JsonNode e : spark.get("events")) {
      boolean any = false;
      for (JsonNode m : e.get("mentions")) {
        any |= m.get("modality").asText().equals("asserted");
      }
      asserted += any ? 1 : 0;
    }
    assertEquals(asserted, rows.size(), "one row per asserted event, as GDELT codes them");
    assertEquals(61, rows.get(0).split("\t", -1).length);
  }

  private static List<JsonNode> withoutIds(JsonNode events) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : events) {
      ObjectNode copy = e.deepCopy();
      copy.remove("id");
      out.add(copy);
    }
    return out;
  }
}
