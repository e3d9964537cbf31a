package org.dyad.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.analysis.Extraction;
import org.dyad.dictionary.Dictionaries;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;
import org.dyad.model.Quote;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actor codes from the shipped dictionaries, on sentences written for this test. */
class ActorCodingTest {

  private static final String TEXT =
      """
      Sergey Lavrov criticised Hakan Fidan on May 3, 2024.

      On May 5, 2023, Mark Rutte condemned Belarus. On December 5, 2024, Mark Rutte condemned \
      Belarus again.

      The United Nations condemned Israel on June 2, 2024.

      Georgian police arrested Armenian students in Tbilisi on March 3, 2025.

      Hezbollah fired rockets at Israel on October 8, 2023.

      The Kremlin condemned Ukraine on April 4, 2025.

      "We will not accept this," Zakharova said on Monday.
      """;

  private static AnnotatedArticle article;
  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyse() {
    Gazetteer gazetteer = Gazetteer.load();
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    Article a =
        new Article(
            "codes",
            "codes.txt",
            null,
            "t",
            null,
            null,
            PartialDate.parse("2025-04-10"),
            false,
            "en",
            TEXT);
    article = annotator.annotate(a);
    analysis = new Extraction(gazetteer).analyze(List.of(article));
  }

  private static String dyads() {
    return analysis.events().stream()
        .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.root() + "@" + e.date())
        .collect(Collectors.joining(" "));
  }

  private static boolean has(String source, String target) {
    return analysis.events().stream()
        .anyMatch(e -> source.equals(e.source().code()) && target.equals(e.target().code()));
  }

  @Test
  void peopleTheTextDoesNotIntroduce() {
    assertTrue(has("RUSGOV", "TURGOV"), dyads());
  }

  @Test
  void officeHoldersAreCodedAsOfTheEventDate() {
    List<Event> rutte =
        analysis.events().stream().filter(e -> e.source().name().contains("Rutte")).toList();
    assertTrue(
        rutte.stream().anyMatch(e -> "NLDGOV".equals(e.source().code()) && e.date().year() == 2023),
        dyads());
    assertTrue(
        rutte.stream()
            .anyMatch(
                e ->
                    "IGOWSTNAT".equals(e.source().code())
                        && "IGO".equals(e.source().country())
                        && e.date().year() == 2024),
        dyads());
  }

  @Test
  void internationalOrganisationsAgentsAndArmedGroups() {
    assertTrue(has("IGOUNO", "ISR"), dyads());
    assertTrue(has("GEOCOP", "ARMEDU"), dyads());
    assertTrue(has("LBNREB", "ISR"), dyads());
  }

  @Test
  void gazetteerMetonymsStay() {
    assertTrue(has("RUSGOV", "UKR"), dyads());
  }

  @Test
  void speakersTakeTheirCountryAtTheArticleDate() {
    Quote q =
        analysis.quotes().stream()
            .filter(x -> x.text().startsWith("We will not"))
            .findFirst()
            .orElseThrow();
    assertEquals("RUS", q.speaker().country(), q.toString());
    assertEquals("RUSGOV", q.speaker().code(), q.toString());
  }

  @Test
  void usersAddTheirOwnActors(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.actors.txt");
    Files.writeString(
        mine, "XYZLAND [XYZ]  # a country code\nSERGEY_LAVROV_\n\t[XYZGOV >20200101]\n");
    Dictionaries d = Dictionaries.standard().withActors(mine);
    CorpusAnalysis own = new Extraction(Gazetteer.load(), d).analyze(List.of(article));
    assertTrue(
        own.events().stream()
            .anyMatch(
                e -> "XYZGOV".equals(e.source().code()) && "XYZ".equals(e.source().country())),
        own.events().toString());
  }
}
