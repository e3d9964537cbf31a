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
  void drawsEveryMonthOfTheSpanOnATrueTimeAxisAndNamesThePhaseTriggersEscaped() {
    String html =
        TensionChart.render(
            corpus(
                List.of(
                    event("e1", "2025-01-10", 4, "talks"),
                    event("e2", "2025-04-02", -9, "clash"),
                    event("e3", "2025-05-20", -5, "arrests"))));
    for (String month : List.of("Jan", "Feb", "Mar", "Apr", "May")) {
      assertTrue(html.contains(">" + month + "</text>"), month);
    }
    assertEquals(5, html.split("class=\"tick\"[^>]*>[A-Z][a-z]{2}<", -1).length - 1);
    assertTrue(html.contains("Goldstein points per month"), "the y axis has its unit");
    assertTrue(html.contains("month of the event"), "the x axis has its title");
    assertTrue(html.contains("Crisis phase April to May 2025"), html);
    assertTrue(html.contains("<a href=\"#e2\">"), html);
    assertEquals(1, html.split("<svg", -1).length - 1);
  }

  @Test
  void monthsWithoutEventsAreEmptyNotZeroAndSideLinesBreakThere() {
    List<Event> events = new ArrayList<>();
    events.add(event("a", "2025-01-10", -5, "x"));
    events.add(event("b", "2025-04-10", -5, "y"));
    String html = TensionChart.render(corpus(events));
    assertEquals(2, html.split("class=\"bar conflict\"", -1).length - 1);
    assertEquals(2, html.split("class=\"net\"", -1).length - 1);
  }

  @Test
  void aWindowLeavesOutEarlierEventsAndSaysSo() {
    List<Event> events = new ArrayList<>();
    events.add(event("old", "1993-05-01", 7, "withdrawal"));
    events.add(event("new", "2025-06-27", -5, "arrests"));
    CorpusAnalysis c = corpus(events);
    String html =
        TensionChart.render(
            c.tension(), c.events(), new Headlines(c.articles()), "2024-07", "2025-06", "w");
    assertTrue(html.contains("1 earlier event (from May 1993) is left out"), html);
    assertFalse(html.contains(">1993</text>"));
    assertTrue(html.contains("No crisis phase"));
    String whole = TensionChart.render(c);
    assertTrue(whole.contains(">1993</text>"), "the whole series starts in 1993");
    assertTrue(whole.contains("chart scroll"), "and scrolls");
  }

  @Test
  void axisTicksAreRoundNumbers() {
    assertEquals(10, TensionChart.niceCeiling(9.2));
    assertEquals(25, TensionChart.niceCeiling(21));
    assertEquals(50, TensionChart.niceCeiling(43));
    assertEquals(1, TensionChart.niceCeiling(1));
  }

  @Test
  void saysSoWhenThereIsNothingToDraw() {
    assertTrue(TensionChart.render(corpus(List.of())).contains("No dated events"));
  }
}
