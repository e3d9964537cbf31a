package org.dyad.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.model.Article;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.nlp.Gazetteer;
import org.dyad.nlp.GazetteerAnnotator;
import org.dyad.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** The time of an undated report, on articles written for the test. */
class ReportTimeTest {

  private static CorpusAnalysis analyse(String text) {
    Gazetteer gazetteer = Gazetteer.load();
    var annotator = new GazetteerAnnotator(CoreNlpAnnotator.shared(), gazetteer);
    Article a =
        new Article("undated", "undated.txt", null, null, null, null, null, false, "en", text);
    return new Extraction(gazetteer).analyze(List.of(annotator.annotate(a)));
  }

  private static Event expulsion(CorpusAnalysis analysis) {
    return analysis.events().stream()
        .filter(e -> e.root().equals("16") || e.cameo().startsWith("166"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(analysis.events().toString()));
  }

  @Test
  void anUndatedReportIsOfTheLatestDayItStates() {
    CorpusAnalysis analysis =
        analyse(
            "The incident on the border on March 3, 2025 angered Warsaw.\n\n"
                + "Poland expelled two Belarusian diplomats.\n");
    assertEquals("2025-03-03", String.valueOf(expulsion(analysis).date()));
  }

  @Test
  void anAnalysisNamingALaterMonthLeavesTheReportUndated() {
    CorpusAnalysis analysis =
        analyse(
            "The incident on the border on March 3, 2025 angered Warsaw, and talks stalled in"
                + " June 2025.\n\nPoland expelled two Belarusian diplomats.\n");
    assertNull(expulsion(analysis).date());
  }
}
