package org.dyad.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.Dyad;
import org.dyad.analysis.Extraction;
import org.dyad.ingest.Ingestor;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.dyad.store.ArticleStore;

/**
 * A small invented corpus on Chile and Peru, stored in an embedded database: a detention told by
 * both sides with different numbers, a quote from each side, an article whose title and text carry
 * HTML markup, and events in several months.
 */
final class ApiFixtures {

  static final String MARKUP_TITLE =
      "Talks <b>resume</b> <img src=x onerror=\"window.dyadPwned=1\">";

  static final String MARKUP_TEXT =
      "Chile and Peru agreed on May 2, 2025 to resume talks on their maritime border.\n"
          + "A post on the ministry's website read <script>window.dyadPwned=1</script> and"
          + " <img src=x onerror=\"window.dyadPwned=1\"> before it was taken down.";

  static final List<Map<String, String>> ARTICLES =
      List.of(
          article(
              "chile-navy.txt",
              "Chilean Navy Detains Peruvian Fishing Boat",
              "Cronica.cl",
              "2025-04-10",
              """
              The Chilean navy detained 12 Peruvian fishermen off the coast of Arica on April 8, \
              2025. Chilean officials said their boat had entered Chilean waters illegally.

              "We will not tolerate illegal fishing in our waters," Defence Minister Carla Rojas \
              told reporters in Santiago.

              In March 2025, Chile and Peru signed an agreement on port cooperation in Lima.
              """),
          article(
              "peru-protest.txt",
              "Lima Protests Seizure of Fishing Boat",
              "Diario.pe",
              "2025-04-11",
              """
              The Chilean navy detained seven Peruvian fishermen off the coast of Arica on April 8, \
              2025. The Peruvian foreign ministry said their boat was in international waters.

              Foreign Minister Luis Paredes summoned the Chilean ambassador in Lima. "This \
              detention is unacceptable and we demand the release of our fishermen," Paredes said.
              """),
          article(
              "wire-expulsion.txt",
              "Peru Expels Two Chilean Diplomats",
              "Pacific Wire",
              "2025-06-04",
              """
              Peru expelled two Chilean diplomats on June 3, 2025, accusing them of espionage. \
              Chile rejected the accusation and said it would respond.
              """),
          article("markup.txt", MARKUP_TITLE, "Pacific Wire", "2025-05-03", MARKUP_TEXT));

  private ApiFixtures() {}

  private static Map<String, String> article(
      String source, String title, String outlet, String published, String text) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("source", source);
    a.put("title", title);
    a.put("outlet", outlet);
    a.put("published", published);
    a.put("text", text);
    return a;
  }

  /** Writes the corpus as JSON Lines into {@code dir} and returns the file. */
  static Path writeJsonl(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Map<String, String> a : ARTICLES) {
      lines.add(json.writeValueAsString(a));
    }
    return Files.write(dir.resolve("corpus.jsonl"), lines);
  }

  /** The annotator the tests share: CoreNLP once per JVM, with Dyad's gazetteer. */
  static GazetteerAnnotator annotator() {
    return new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load());
  }

  /**
   * An embedded database under {@code dir} holding the annotated corpus: annotated once per JVM,
   * then copied for each caller.
   */
  static Path storeCopy(Path dir) throws Exception {
    Path db = dir.resolve("db");
    Files.createDirectories(db);
    try (var files = Files.list(template())) {
      for (Path f : files.toList()) {
        Files.copy(f, db.resolve(f.getFileName()));
      }
    }
    return db;
  }

  private static Path template;

  private static synchronized Path template() throws Exception {
    if (template == null) {
      Path dir = Files.createTempDirectory("dyad-api-fixture");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      Path db = dir.resolve("db");
      try (ArticleStore store = ArticleStore.openEmbedded(db)) {
        Dyad dyad =
            new Dyad(new Ingestor(), annotator(), store, new Extraction(Gazetteer.load()), 2);
        Dyad.RunSummary run =
            dyad.analyze(List.of(writeJsonl(dir).toString()), new Dyad.Listener() {});
        if (!run.problems().isEmpty() || run.stored() != ARTICLES.size()) {
          throw new IllegalStateException("fixture corpus not stored: " + run);
        }
      }
      template = db;
    }
    return template;
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
