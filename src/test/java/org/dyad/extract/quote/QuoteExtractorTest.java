package org.dyad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.actor.ActorResolver;
import org.dyad.extract.actor.Places;
import org.dyad.model.Article;
import org.dyad.model.PartialDate;
import org.dyad.model.Quote;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes and their speakers in invented articles, parsed as {@code dyad analyze} parses them. */
class QuoteExtractorTest {

  private static Gazetteer gazetteer;
  private static Annotator annotator;
  private static Places places;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
    places = Places.load();
    annotator =
        new GazetteerAnnotator(
            CoreNlpAnnotator.shared().parsingOnly(Extraction.parseScope()), gazetteer);
  }

  private static List<Quote> quotes(String text) {
    Article a =
        new Article(
            "t1",
            "t1.txt",
            null,
            "t",
            null,
            null,
            PartialDate.parse("2025-03-12"),
            false,
            "en",
            text);
    ArticleContext ctx = new ArticleContext(annotator.annotate(a));
    return new QuoteExtractor(gazetteer).extract(ctx, new ActorResolver(ctx, gazetteer, places));
  }

  private static Quote quoteStarting(List<Quote> quotes, String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst().orElse(null);
  }

  private static String speaker(Quote q) {
    assertNotNull(q, "quote not found");
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void itGoesToTheInstitutionThatWasSpeaking() {
    List<Quote> qs =
        quotes(
            "The Slovenian Foreign Ministry held a briefing on Monday. "
                + "\u201cWe reject these claims entirely and call them a fabrication,\u201d it said.");
    assertTrue(speaker(quoteStarting(qs, "We reject")).contains("Foreign Ministry"), qs.toString());
  }

  @Test
  void heGoesToTheLastPersonAndTitlesToThePersonSoNamed() {
    List<Quote> qs =
        quotes(
            "Ambassador Jonas Berg arrived in Strelsau on Monday for two days of talks.\n\n"
                + "\u201cWe will not give up on a settlement that both sides can accept,\u201d he"
                + " told reporters. Later the ambassador said the talks had been"
                + " \u201cdifficult but necessary.\u201d");
    assertEquals("Jonas Berg", speaker(quoteStarting(qs, "We will not")));
    assertEquals("Jonas Berg", speaker(quoteStarting(qs, "difficult")));
  }

  @Test
  void addingThatGoesToWhoeverSaidItsMainClause() {
    List<Quote> qs =
        quotes(
            "Ruritania's foreign ministry said on Wednesday it \"strongly condemned\" Borduria"
                + " for the arrests, adding that it \"will take all steps to protect the rights of"
                + " those arrested, including in international courts\".");
    assertTrue(
        speaker(quoteStarting(qs, "will take all steps")).contains("foreign ministry"),
        qs.toString());
  }

  @Test
  void aDefiniteTitleRightAfterANamedPersonIsThatPerson() {
    List<Quote> qs =
        quotes(
            "The government of Ruritania called the vote a failure.\n\n"
                + "Speaking was Vice President Karl Blom, in an interview with a broadcaster on"
                + " Monday. The former Head of State told the broadcaster that the world had"
                + " expected a \u201cyes vote\u201d but it turned out to be a failure.");
    assertEquals("Karl Blom", speaker(quoteStarting(qs, "yes vote")), qs.toString());
  }

  @Test
  void theSpeakerNamedAfterTheQuoteAndTheWordsThatGoOn() {
    List<Quote> qs =
        quotes(
            "\u201cThe border crossings will stay closed until further notice,\u201d said"
                + " Foreign Minister Carla Diaz, who spoke in Lisbon. \u201cWe have no other"
                + " choice after the shooting.\u201d");
    Quote q = quoteStarting(qs, "The border crossings");
    assertEquals("Carla Diaz", speaker(q));
    assertTrue(q.text().contains("We have no other choice"), q.text());
    assertTrue(q.direct());
  }

  @Test
  void aDocumentSpeaksForWhoeverIssuedIt() {
    List<Quote> qs =
        quotes(
            "The Bordurian Defence Ministry released a statement on Friday about the incident."
                + " \u201cNo soldier was hurt and the patrol returned to its base,\u201d the"
                + " statement read.");
    assertTrue(
        speaker(quoteStarting(qs, "No soldier")).contains("Defence Ministry"), qs.toString());
  }

  @Test
  void anAcronymSpeaksUnderTheNameTheArticleSpelledOut() {
    List<Quote> qs =
        quotes(
            "The Northern Coast Guard (NCG) reported a collision near the reef on Sunday."
                + " \u201cTwo of our boats were damaged by the larger vessel,\u201d the NCG said.");
    assertEquals("Northern Coast Guard", speaker(quoteStarting(qs, "Two of our boats")));
  }

  @Test
  void reportedSpeechIsKeptButNotDirect() {
    List<Quote> qs =
        quotes("The Ruritanian government said that it would close the border crossing.");
    Quote q = quoteStarting(qs, "it would close");
    assertNotNull(q, qs.toString());
    assertFalse(q.direct());
    assertNotNull(q.speaker());
  }

  @Test
  void aQuotedWordThatOnlyModifiesANounIsNoQuote() {
    List<Quote> qs =
        quotes(
            "The ministry protested against the \u201cillegal\u201d checkpoint near the river,"
                + " a spokesman said on Tuesday.");
    assertNull(quoteStarting(qs, "illegal"), qs.toString());
  }

  @Test
  void aBareQuoteAfterTheSubjectsSentenceGoesToThatPersonEvenWhenTheTextIsCutShort() {
    List<Quote> qs =
        quotes(
            "\u201cWe lost everything in one night,\u201d Mara Lind told reporters.\n"
                + "The family spent the night in a school gym.\n"
                + "Lind reached the shelter on Sunday with her son and his wife. \u201cOur flat is"
                + " completely wrecked. There is nothing left, not even a sp");
    assertEquals("Mara Lind", speaker(quoteStarting(qs, "Our flat")), qs.toString());
  }
}
