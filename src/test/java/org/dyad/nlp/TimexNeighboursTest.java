package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimexNeighboursTest {

  // A Wednesday.
  private static final PartialDate DCT = PartialDate.parse("2024-10-16");
  private static final TimexNormalizer ALL = new TimexNormalizer();

  /** Raw expressions: triples of covered text, type and value, found in order in the text. */
  private static List<TimeExpression> raw(String text, String... triples) {
    List<TimeExpression> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < triples.length; i += 3) {
      int s = text.indexOf(triples[i], from);
      if (s < 0) {
        throw new IllegalArgumentException("not in text: " + triples[i]);
      }
      out.add(
          new TimeExpression(
              new Span(s, s + triples[i].length()), triples[i], triples[i + 1], triples[i + 2]));
      from = s + triples[i].length();
    }
    return out;
  }

  private static List<String> values(String text, TimexNormalizer n, String... triples) {
    return n.normalize(text, raw(text, triples), DCT).stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  private static TimexNormalizer without(TimexNormalizer.Rule rule) {
    EnumSet<TimexNormalizer.Rule> rules = EnumSet.allOf(TimexNormalizer.Rule.class);
    rules.remove(rule);
    return new TimexNormalizer(rules);
  }

  /** Checks the values of {@code raw} with every rule on, then with {@code rule} off. */
  private static void onAndOff(
      TimexNormalizer.Rule rule, String text, String[] raw, List<String> on, List<String> off) {
    assertEquals(on, values(text, ALL, raw), "with " + rule);
    assertEquals(off, values(text, without(rule), raw), "without " + rule);
  }

  @Test
  void aClockTimeTakesTheDayNamedAfterIt() {
    String t = "The blast came at 9:15 a.m. (0615 GMT) Monday, police said.";
    String[] raw = {
      "9:15 a.m.", "TIME", "2024-10-16T09:15",
      "0615", "DATE", "0615",
      "Monday", "DATE", "2024-10-14"
    };
    onAndOff(
        TimexNormalizer.Rule.CLOCK_DAYS,
        t,
        raw,
        List.of("9:15 a.m.=2024-10-14T09:15", "0615=2024-10-14T06:15", "Monday=2024-10-14"),
        List.of("9:15 a.m.=2024-10-16T09:15", "0615=0615", "Monday=2024-10-14"));
    // A day in the next sentence is not the clock time's.
    String u = "He left at 9:15 a.m. Officials met on Monday.";
    assertEquals(
        List.of("9:15 a.m.=2024-10-16T09:15", "Monday=2024-10-14"),
        values(u, ALL, "9:15 a.m.", "TIME", "2024-10-16T09:15", "Monday", "DATE", "2024-10-14"));
  }

  @Test
  void aClockTimeInAPastClauseTakesTheDayLastNamed() {
    String t = "The talks ended on Monday. The envoy left at 9 p.m. to fly home.";
    String[] raw = {"Monday", "DATE", "2024-10-14", "9 p.m.", "TIME", "2024-10-16T21:00"};
    onAndOff(
        TimexNormalizer.Rule.CLOCK_DAYS,
        t,
        raw,
        List.of("Monday=2024-10-14", "9 p.m.=2024-10-14T21:00"),
        List.of("Monday=2024-10-14", "9 p.m.=2024-10-16T21:00"));
    String f = "The talks ended on Monday. The envoy will leave at 9 p.m. to fly home.";
    assertEquals(
        List.of("Monday=2024-10-14", "9 p.m.=2024-10-16T21:00"),
        values(f, ALL, "Monday", "DATE", "2024-10-14", "9 p.m.", "TIME", "2024-10-16T21:00"));
  }

  @Test
  void theDayBeforeADateIsTheDayBeforeIt() {
    String t = "The day before last Friday's vote, the envoy flew in.";
    assertEquals(
        List.of("The day before last Friday=2024-10-10"),
        values(t, ALL, "before last Friday", "DATE", "2024-10-04"));
    String u = "Ships sailed the day after Oct. 3 and returned.";
    onAndOff(
        TimexNormalizer.Rule.DAY_BEFORE,
        u,
        new String[] {"Oct. 3", "DATE", "2024-10-03"},
        List.of("the day after Oct. 3=2024-10-04"),
        List.of("Oct. 3=2024-10-03"));
  }

  @Test
  void anUndatedEventCountsFromTheFirstDateStatedInFull() {
    String t =
        "The mayor was shot on Oct. 2 at home. Guards had seen his van in the weeks before the"
            + " attack, and two men came back the day after the fire.";
    String[] raw = {
      "Oct. 2", "DATE", "2024-10-02",
      "the weeks", "DURATION", "PXW",
      "the day", "DATE", "2024-10-16"
    };
    onAndOff(
        TimexNormalizer.Rule.EVENT_ANCHORS,
        t,
        raw,
        List.of("Oct. 2=2024-10-02", "the weeks=2024-10", "the day=2024-10-03"),
        List.of("Oct. 2=2024-10-02", "the weeks=PXW", "the day=2024-10-16"));
    // A weekday is no date stated in full, and an apposition is the date it follows.
    String u = "Talks failed on Monday. They met again the day after the vote.";
    assertEquals(
        List.of("Monday=2024-10-14", "the day=2024-10-16"),
        values(u, ALL, "Monday", "DATE", "2024-10-14", "the day", "DATE", "2024-10-16"));
  }

  @Test
  void aDayListedAfterADateTakesItsMonth() {
    String t = "The summit meets on Nov. 4 and 5 in Lima.";
    assertEquals(
        List.of("Nov. 4=2024-11-04", "5=2024-11-05"),
        values(t, ALL, "Nov. 4", "DATE", "2024-11-04"));
    String u = "Prices rose on Nov. 4 and 5 percent more on Nov. 6.";
    assertEquals(
        List.of("Nov. 4=2024-11-04", "Nov. 6=2024-11-06"),
        values(u, ALL, "Nov. 4", "DATE", "2024-11-04", "Nov. 6", "DATE", "2024-11-06"));
  }

  @Test
  void aHolidayWeekIsTheWeekThatHoldsIt() {
    String t = "Crowds gathered as Easter week began.";
    assertEquals(
        List.of("Easter week=2024-W13"),
        values(t, ALL, "Easter", "DATE", "2024-03-31", "week", "DURATION", "P1W"));
  }

  @Test
  void cutExpressionsAreRepaired() {
    assertEquals(
        List.of("last Oct. 9=2023-10-09"),
        values("He died last Oct. 9 at home.", ALL, "last Oct.", "DATE", "2023-10"));
    assertEquals(List.of("post-1990=1990"), values("the post-1990 order held", ALL));
    assertEquals(
        List.of("the coming years=PXY"),
        values("Prices will rise in the coming years.", ALL, "the coming years", "DATE", "2025"));
    assertEquals(
        List.of("day-long=P1D"),
        values("after a second day-long session", ALL, "second day", "DATE", "2024-10-18"));
    assertEquals(
        List.of("decades-long=PXY"),
        values("its decades-long feud", ALL, "decades", "DURATION", "PXY"));
  }

  @Test
  void aPlanInProgressLooksAheadAndSinceLooksBack() {
    String t = "Unions set a strike for Friday and were planning to rally.";
    onAndOff(
        TimexNormalizer.Rule.FUTURE_IN_PAST,
        t,
        new String[] {"Friday", "DATE", "2024-10-11"},
        List.of("Friday=2024-10-18"),
        List.of("Friday=2024-10-11"));
    String p = "The council planned to vote on Monday.";
    assertEquals(List.of("Monday=2024-10-14"), values(p, ALL, "Monday", "DATE", "2024-10-21"));
    String s = "The border has been closed since December.";
    onAndOff(
        TimexNormalizer.Rule.FUTURE_IN_PAST,
        s,
        new String[] {"December", "DATE", "2024-12"},
        List.of("December=2023-12"),
        List.of("December=2024-12"));
  }

  @Test
  void overnightInAPastClauseIsTheNightBeforeTheDayLastNamed() {
    String t = "Shares fell on Friday. They were hit by overnight losses in Tokyo.";
    assertEquals(
        List.of("Friday=2024-10-11", "overnight=2024-10-10TNI"),
        values(t, ALL, "Friday", "DATE", "2024-10-11", "overnight", "TIME", "2024-10-16TNI"));
    assertEquals(
        List.of("overnight=2024-10-15TNI"),
        values("Troops moved in overnight.", ALL, "overnight", "TIME", "2024-10-16TNI"));
  }

  @Test
  void theBackgroundEventIsDatedByTheFirstDateStatedInFullAndPlacesAClockTime() {
    String t =
        "The mayor was shot on Oct. 2 at home. A rifle was found on Oct. 9. A guard saw the van at"
            + " 6 a.m. near the house three days before the shooting, and the rifle was buried in"
            + " the days before the attack.";
    String[] raw = {
      "Oct. 2", "DATE", "2024-10-02",
      "Oct. 9", "DATE", "2024-10-09",
      "6 a.m.", "TIME", "2024-10-16T06:00",
      "three days", "DURATION", "P3D",
      "the days", "DURATION", "PXD"
    };
    assertEquals(
        List.of(
            "Oct. 2=2024-10-02",
            "Oct. 9=2024-10-09",
            "6 a.m.=2024-09-29T06:00",
            "three days=P3D",
            "the days=2024-10"),
        values(t, ALL, raw));
    // A clock time in another sentence keeps its day.
    String u =
        "The mayor was shot on Oct. 2. They left at 6 a.m. Three days before the vote, he spoke.";
    String[] rawU = {
      "Oct. 2", "DATE", "2024-10-02",
      "6 a.m.", "TIME", "2024-10-16T06:00",
      "Three days", "DURATION", "P3D"
    };
    assertEquals("6 a.m.=2024-10-02T06:00", values(u, ALL, rawU).get(1));
  }

  @Test
  void aClockTimeInAPastClauseTakesTheDayItsEventWasFirstToldWith() {
    String t =
        "The judge was shot to death on Oct. 2 at home. A rifle was found on Oct. 9. The judge, 61,"
            + " was shot to death at 10 p.m. in his kitchen.";
    String[] raw = {
      "Oct. 2", "DATE", "2024-10-02",
      "Oct. 9", "DATE", "2024-10-09",
      "10 p.m.", "TIME", "2024-10-16T22:00"
    };
    assertEquals("10 p.m.=2024-10-02T22:00", values(t, ALL, raw).get(2));
    // Without an earlier telling, the day last named.
    String u =
        "The judge was shot on Oct. 2. A rifle was found on Oct. 9 and taken away at 10 p.m.";
    String[] rawU = {
      "Oct. 2", "DATE", "2024-10-02",
      "Oct. 9", "DATE", "2024-10-09",
      "10 p.m.", "TIME", "2024-10-16T22:00"
    };
    assertEquals("10 p.m.=2024-10-09T22:00", values(u, ALL, rawU).get(2));
  }
}
