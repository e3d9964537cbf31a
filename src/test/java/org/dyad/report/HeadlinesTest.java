package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.Modality;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** Headlines from a clause of the text when it reads as a sentence, else from a template. */
class HeadlinesTest {

  private static final Provenance P = new Provenance("test", "1");
  private static final Actor BOR = new Actor("Borduria", "BOR", "GOV");
  private static final Actor RUR = new Actor("Ruritania", "RUR", "GOV");
  private static final Actor GUARD = new Actor("Bordurian coast guard", "BOR", "MIL");
  private static final Actor FISHERMEN = new Actor("Ruritanian fishermen", "RUR", "CVL");
  private static final Actor PETROV = new Actor("Karl Petrov", "BOR", "GOV");

  /** A one-sentence article whose words are tagged as given ("word/TAG word/TAG ..."). */
  private static AnnotatedArticle article(String id, String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String word = wt.substring(0, slash);
      if (text.length() > 0 && !word.matches("[.,']|'s")) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(
          new Token(
              tokens.size(),
              new Span(start, text.length()),
              word,
              word,
              wt.substring(slash + 1),
              "O"));
    }
    Article a =
        new Article(id, id + ".txt", null, null, null, null, null, false, "en", text.toString());
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, List.of());
    return new AnnotatedArticle(a, List.of(s), List.of(), List.of(), List.of());
  }

  private static Span at(AnnotatedArticle a, String part) {
    int i = a.article().text().indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException(part);
    }
    return new Span(i, i + part.length());
  }

  private static Event event(
      AnnotatedArticle a,
      String cameo,
      Actor source,
      String sourceText,
      String trigger,
      Actor target,
      String targetText,
      Modality modality) {
    Span all = new Span(0, a.article().text().length());
    EventMention m =
        new EventMention(
            a.article().id(),
            cameo,
            new ActorMention(source, at(a, sourceText)),
            new ActorMention(target, at(a, targetText)),
            null,
            null,
            null,
            modality,
            null,
            all,
            at(a, trigger),
            P);
    return new Event("e1", cameo, -5, source, target, null, "summary", List.of(m));
  }

  @Test
  void anActiveClauseIsTheHeadline() {
    AnnotatedArticle a =
        article(
            "a",
            "The/DT Bordurian/JJ coast/NN guard/NN detained/VBD about/RB 30/CD Ruritanian/JJ"
                + " fishermen/NNS near/IN Klopstock/NNP on/IN Monday/NNP ./.");
    Event e =
        event(
            a,
            "173",
            GUARD,
            "The Bordurian coast guard",
            "detained",
            FISHERMEN,
            "about 30 Ruritanian fishermen",
            Modality.ASSERTED);
    assertEquals(
        "The Bordurian coast guard detained about 30 Ruritanian fishermen",
        new Headlines(List.of(a)).of(e));
  }

  @Test
  void aPassiveClauseKeepsItsOrder() {
    AnnotatedArticle a =
        article(
            "a",
            "Ruritanian/JJ fishermen/NNS were/VBD detained/VBN by/IN the/DT Bordurian/JJ"
                + " coast/NN guard/NN ./.");
    Event e =
        event(
            a,
            "173",
            GUARD,
            "by the Bordurian coast guard",
            "detained",
            FISHERMEN,
            "Ruritanian fishermen",
            Modality.ASSERTED);
    assertEquals(
        "Ruritanian fishermen were detained by the Bordurian coast guard",
        new Headlines(List.of(a)).of(e));
  }

  @Test
  void aPronounSubjectGivesTheActorsNameAndAPlainVerb() {
    AnnotatedArticle a = article("a", "He/PRP accused/VBD Ruritania/NNP of/IN spying/VBG ./.");
    Event e = event(a, "112", PETROV, "He", "accused", RUR, "Ruritania", Modality.ASSERTED);
    assertEquals("Karl Petrov accused Ruritania", new Headlines(List.of(a)).of(e));
  }

  @Test
  void theModalityGivesTheMood() {
    AnnotatedArticle a =
        article(
            "a",
            "Borduria/NNP may/MD impose/VB sanctions/NNS on/IN Ruritania/NNP ,/, officials/NNS"
                + " said/VBD ./.");
    Headlines h = new Headlines(List.of(a));
    assertEquals(
        "Borduria will impose sanctions on Ruritania",
        h.of(event(a, "163", BOR, "Borduria", "impose", RUR, "Ruritania", Modality.PLANNED)));
    assertEquals(
        "Borduria could impose sanctions on Ruritania",
        h.of(event(a, "163", BOR, "Borduria", "impose", RUR, "Ruritania", Modality.HYPOTHETICAL)));
    assertEquals(
        "Borduria did not impose sanctions on Ruritania",
        h.of(event(a, "163", BOR, "Borduria", "impose", RUR, "Ruritania", Modality.DENIED)));
    assertEquals(
        "Borduria allegedly imposed sanctions on Ruritania",
        h.of(event(a, "163", BOR, "Borduria", "impose", RUR, "Ruritania", Modality.ALLEGED)));
  }

  @Test
  void aStatementSaysWhoSaidWhat() {
    AnnotatedArticle a =
        article(
            "a",
            "Karl/NNP Petrov/NNP said/VBD the/DT border/NN with/IN Ruritania/NNP will/MD"
                + " stay/VB closed/JJ ./.");
    Event e =
        event(
            a,
            "010",
            PETROV,
            "Karl Petrov",
            "said",
            RUR,
            "the border with Ruritania will stay closed",
            Modality.ASSERTED);
    assertEquals(
        "Karl Petrov said the border with Ruritania will stay closed",
        new Headlines(List.of(a)).of(e));
  }

  @Test
  void wordsThatDoNotNameTheActorAreNotTakenForIt() {
    AnnotatedArticle a = article("a", "The/DT closure/NN angered/VBD Ruritania/NNP ./.");
    Event e = event(a, "111", BOR, "The closure", "angered", RUR, "Ruritania", Modality.ASSERTED);
    assertEquals("Borduria criticized Ruritania", new Headlines(List.of(a)).of(e));
    assertTrue(Headlines.names("about 30 Ruritanian fishermen", FISHERMEN));
    assertFalse(Headlines.names("the boss", RUR));
  }

  @Test
  void verbPhrasesComeFromTheNearestListedCode() {
    assertArrayEquals(Headlines.verbs("172"), Headlines.verbs("1724"));
    assertEquals("apologized", Headlines.withTarget("apologized to {target}", null));
    assertEquals("asked others for aid", Headlines.withTarget("asked {target} for aid", null));
    assertEquals(
        "apologized to Ruritania", Headlines.withTarget("apologized to {target}", "Ruritania"));
    for (int root = 1; root <= 20; root++) {
      assertEquals(3, Headlines.verbs(String.format("%02d", root)).length);
    }
    assertThrows(IllegalArgumentException.class, () -> new Headlines(List.of()).of(null));
  }

  @Test
  void aPossessiveOrAnAbstractNounIsNoDoerAndGivesWayToTheCountry() {
    Actor call = new Actor("Bordurian President Karl Petrov's call", "BOR", "GOV");
    AnnotatedArticle a =
        article(
            "a",
            "Bordurian/JJ President/NNP Karl/NNP Petrov/NNP 's/POS call/NN upset/VBD"
                + " Ruritania/NNP ./.");
    Event e =
        event(
            a,
            "120",
            call,
            "Bordurian President Karl Petrov's call",
            "upset",
            RUR,
            "Ruritania",
            Modality.ASSERTED);
    assertEquals("BOR rejected Ruritania", new Headlines(List.of(a)).of(e));
    assertFalse(HeadlineNouns.canAct("a sudden break with Ruritania"));
    assertFalse(HeadlineNouns.canAct("Borduria's influence in the region"));
    assertTrue(HeadlineNouns.canAct("the last units of the Bordurian army"));
    assertTrue(HeadlineNouns.canAct("Bordurian analysts"));
    assertTrue(HeadlineNouns.canAct("Karl Petrov"));
  }

  @Test
  void aCutNameIsCompletedFromTheText() {
    Actor centre = new Actor("Centre", "RUR", null);
    AnnotatedArticle a =
        article(
            "a",
            "Borduria/NNP ordered/VBD the/DT closure/NN of/IN the/DT Ruritanian/JJ Cultural/NNP"
                + " Centre/NNP on/IN Friday/NNP ./.");
    Event e = event(a, "160", BOR, "Borduria", "closure", centre, "Centre", Modality.ASSERTED);
    assertEquals(
        "Borduria took measures against the Ruritanian Cultural Centre",
        new Headlines(List.of(a)).of(e));
  }

  @Test
  void namesAndSingularNounsTakeTheArticleEnglishGivesThem() {
    assertEquals("the Philippines", HeadlineNouns.withArticle("Philippines"));
    assertEquals("the United States", HeadlineNouns.withArticle("United States"));
    assertEquals(
        "the Bordurian Ministry of Fisheries",
        HeadlineNouns.withArticle("Bordurian Ministry of Fisheries"));
    assertEquals("the Bordurian coast guard", HeadlineNouns.withArticle("Bordurian coast guard"));
    assertEquals("Ruritanian fishermen", HeadlineNouns.withArticle("Ruritanian fishermen"));
    assertEquals("Bordurian police", HeadlineNouns.withArticle("Bordurian police"));
    assertEquals("Karl Petrov", HeadlineNouns.withArticle("Karl Petrov"));
    assertEquals("Borduria's navy", HeadlineNouns.withArticle("Borduria's navy"));
    assertEquals("two Ruritanian boats", HeadlineNouns.withArticle("two Ruritanian boats"));
  }

  @Test
  void anActOnPeopleAimedAtACountryIsAimedAtItsNationals() {
    AnnotatedArticle a =
        article("a", "They/PRP detained/VBD Dutch/JJ sailors/NNS in/IN Klopstock/NNP ./.");
    Actor netherlands = new Actor("Netherlands", "NLD", "GOV");
    Event e = event(a, "173", BOR, "They", "detained", netherlands, "in", Modality.ASSERTED);
    assertEquals("Borduria detained Dutch nationals", new Headlines(List.of(a)).of(e));
  }

  @Test
  void codebookPhrasesReadAsEnglish() {
    assertEquals("denied responsibility", Headlines.verbs("016")[0]);
    assertEquals("denied responsibility", Headlines.withTarget(Headlines.verbs("016")[0], "X"));
    assertFalse(Headlines.verbs("171")[0].contains(" or "));
  }

  @Test
  void aReportedClauseKeepsNamesCapitalisedAndLowersTheRest() {
    AnnotatedArticle a =
        article(
            "a",
            "Four/CD Ruritanian/JJ fishermen/NNS were/VBD detained/VBN by/IN the/DT"
                + " Bordurian/JJ coast/NN guard/NN ./.");
    Event e =
        event(
            a,
            "173",
            GUARD,
            "by the Bordurian coast guard",
            "detained",
            FISHERMEN,
            "Four Ruritanian fishermen",
            Modality.REPORTED);
    assertEquals(
        "Reportedly, four Ruritanian fishermen were detained by the Bordurian coast guard",
        new Headlines(List.of(a)).of(e));
    AnnotatedArticle b =
        article(
            "b", "Bordurian/JJ guards/NNS detained/VBD four/CD Ruritanian/JJ fishermen/NNS ./.");
    Actor guards = new Actor("Bordurian guards", "BOR", "MIL");
    Event f =
        event(
            b,
            "173",
            guards,
            "Bordurian guards",
            "detained",
            FISHERMEN,
            "four Ruritanian fishermen",
            Modality.REPORTED);
    assertEquals(
        "Reportedly, Bordurian guards detained four Ruritanian fishermen",
        new Headlines(List.of(b)).of(f));
  }

  @Test
  void aTitleCaseOrShoutedLineIsNotCopied() {
    AnnotatedArticle a =
        article("a", "Borduria/NNP Detains/VBZ Ruritanian/NNP Fishermen/NNPS Near/IN Coast/NNP");
    Event e =
        event(
            a,
            "173",
            BOR,
            "Borduria",
            "Detains",
            FISHERMEN,
            "Ruritanian Fishermen",
            Modality.ASSERTED);
    assertEquals("Borduria detained Ruritanian fishermen", new Headlines(List.of(a)).of(e));
    assertTrue(Headlines.shouting("RURITANIA protests"));
    assertFalse(Headlines.shouting("NATO protests"));
  }
}
