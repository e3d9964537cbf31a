package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.compare.TensionIndex;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.Event;
import org.dyad.model.EventMention;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class TensionChartTest {

  private static final EventMention MENTION =
      ReportFixtures.withFacts().events().get(0).mentions().get(0);

  private static Event event(String id, String date, double goldstein, String summary) {
    return new Event(
        id,
        goldstein < 0 ? "173" : "036",
        goldstein,
        MENTION.source().actor(),
        MENTION.target().actor(),
        PartialDate.parse(date),
        summary,
        List.of(MENTION));
  }

  private static CorpusAnalysis corpus(List<Event> events) {
    var base = ReportFixtures.withFacts();
    return new CorpusAnalysis(
        base.articles(),
        events,
        List.of(),
        List.of(
            new org.dyad.model.PairAnalysis(
                List.of("BOR", "RUR"),
                Map.of(),
                List.of(),
                TensionIndex.series(
                    events, List.of("BOR", "RUR"), Map.of(), TensionIndex.Period.MONTH))));
  }

  @Test
  void drawsEveryMonthOfTheSpanAndNamesThePhaseTriggersEscaped() {
    String html =
        TensionChart.render(
            corpus(
                List.of(
                    event("e1", "2025-01-10", 4, "talks"),
                    event("e2", "2025-04-02", -9, "border <script>alert(1)</script> clash"),
                    event("e3", "2025-05-20", -5, "arrests"))));
    for (String month : List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05")) {
      assertTrue(html.contains(">" + month + "</text>"), month);
    }
    assertTrue(html.contains("Crisis phase 2025-04 to 2025-05"), html);
    assertTrue(html.contains("<a href=\"#e2\">e2</a>"), html);
    assertTrue(html.contains("border &lt;script&gt;alert(1)&lt;/script&gt; clash"));
    assertFalse(html.contains("<script>"));
    assertEquals(1, html.split("<svg", -1).length - 1);
  }

  @Test
  void aLongSeriesShowsItsLatestYearsAndCountsTheRest() {
    List<Event> events = new ArrayList<>();
    events.add(event("old", "1993-05-01", 7, "withdrawal"));
    events.add(event("new", "2025-06-27", -5, "arrests"));
    String html = TensionChart.render(corpus(events));
    assertTrue(html.contains("1 earlier event (from 1993-05)"), html);
    assertFalse(html.contains(">1993-05</text>"));
    assertTrue(html.contains(">2025-04</text>"));
    assertTrue(html.contains("No crisis phase"));
  }

  @Test
  void saysSoWhenThereIsNothingToDraw() {
    assertTrue(TensionChart.render(corpus(List.of())).contains("No dated events"));
  }
}
