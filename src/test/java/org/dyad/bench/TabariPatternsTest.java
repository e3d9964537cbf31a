package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.bench.PetrarchRecords.Coding;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TABARI-style verb patterns in {@code dyad code}, on sentences and dictionaries of the test. */
class TabariPatternsTest {

  @TempDir static Path dir;

  private static final Map<String, Set<Coding>> produced = new LinkedHashMap<>();

  private static final String[][] SENTENCES = {
    {"neg-pattern", "Eriador didn't quarrel with Rhovanion over the harbour."},
    {"neg-plain", "Eriador did not praise Rhovanion for the harvest."},
    {"run", "Eriador dropped new military ties with Rhovanion on Monday."},
    {"broken-run", "Eriador dropped new and very close military ties with Rhovanion on Monday."},
    {"placed", "Rhovanion was freed from the grip of Eriador on Monday."},
    {"skipped", "Eriador held a feast at Dunland with Rhovanion on Monday."},
    {"hyphen", "Eriador accused Kel-dur of harbouring raiders."},
  };

  @BeforeAll
  static void code() throws IOException, InterruptedException {
    Files.writeString(
        dir.resolve("t.actors.txt"),
        "ERIADOR_ [ERI]\nRHOVANION_ [RHO]\nDUNLAND_ [DUN]\nKEL-DUR_ [KEL]\n");
    Files.writeString(dir.resolve("t.agents.txt"), "ARMY [~MIL]\n");
    Files.writeString(dir.resolve("t.discards.txt"), "");
    Files.writeString(
        dir.resolve("t.verbs.txt"),
        """
        &NEGAUX_
        +DID N'T
        +WILL NOT

        &KINDS_
        +TRADE
        +MILITARY

        --- QUARREL [121] ---
        QUARREL
        - &NEGAUX * WITH [904]

        --- PRAISE [051] ---
        PRAISE

        --- DROP [345] ---
        DROP
        - * NEW_&KINDS_TIES [903]

        --- FREE [---] ---
        FREE
        - + * FROM $ [066]

        --- HOLD [---] ---
        HOLD {HOLDS HELD HOLDING}
        - * FEAST AT ^ WITH + [043]

        --- ACCUSE [112] ---
        ACCUSE
        """);
    StringBuilder xml =
        new StringBuilder(
            """
            <Validation><Environment>
            <Verbfile>t.verbs.txt</Verbfile><Actorfile>t.actors.txt</Actorfile>
            <Agentfile>t.agents.txt</Agentfile><Discardfile>t.discards.txt</Discardfile>
            </Environment><Sentences>
            """);
    for (String[] s : SENTENCES) {
      xml.append("<Sentence date=\"20210304\" id=\"")
          .append(s[0])
          .append("\" category=\"PATTERN\"><Text>")
          .append(s[1])
          .append("</Text></Sentence>\n");
    }
    xml.append("</Sentences></Validation>\n");
    Path file = dir.resolve("t.records.xml");
    Files.writeString(file, xml.toString());
    PetrarchRecords records = PetrarchRecords.read(file);
    PetrarchCoding coding = new PetrarchCoding(records, Gazetteer.load(), false);
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), Gazetteer.load());
    for (PetrarchCoding.Result r : coding.code(records.records(), annotator, 1)) {
      produced.put(r.record().id(), r.produced());
    }
  }

  private static Set<Coding> of(String id) {
    return produced.get(id);
  }

  @Test
  void aNegatedVerbIsCodedByAPatternThatNamesTheNegation() {
    assertEquals(Set.of(new Coding("ERI", "RHO", "904")), of("neg-pattern"));
  }

  @Test
  void aNegatedVerbWithoutSuchAPatternCodesNothing() {
    assertEquals(Set.of(), of("neg-plain"));
  }

  @Test
  void aPatternPlacesTheSourceAndTheTargetItNames() {
    assertEquals(Set.of(new Coding("ERI", "RHO", "066")), of("placed"));
  }

  @Test
  void aPatternSkipsTheNounPhrasesItMarks() {
    assertEquals(Set.of(new Coding("ERI", "RHO", "043")), of("skipped"));
  }

  @Test
  void aHyphenatedNameSplitByTheTokenizerIsStillOneActor() {
    assertEquals(Set.of(new Coding("ERI", "KEL", "112")), of("hyphen"));
  }

  @Test
  void wordsJoinedByUnderscoresMustStandTogether() {
    assertEquals(Set.of(new Coding("ERI", "RHO", "903")), of("run"));
    assertEquals(List.of(new Coding("ERI", "RHO", "345")), List.copyOf(of("broken-run")));
  }
}
