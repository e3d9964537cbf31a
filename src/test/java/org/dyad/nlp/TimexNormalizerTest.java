package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexNormalizerTest {

  // A Wednesday.
  private static final PartialDate DCT = PartialDate.parse("2024-10-16");
  private final TimexNormalizer all = new TimexNormalizer();

  /** A raw expression over the first occurrence of {@code covered} in {@code text}. */
  private static TimeExpression raw(String text, String covered, String type, String value) {
    int s = text.indexOf(covered);
    if (s < 0) {
      throw new IllegalArgumentException("not in text: " + covered);
    }
    return new TimeExpression(new Span(s, s + covered.length()), covered, type, value);
  }

  private TimeExpression one(String text, String covered, String type, String value) {
    List<TimeExpression> out = all.normalize(text, List.of(raw(text, covered, type, value)), DCT);
    assertEquals(1, out.size(), () -> "expected one expression: " + out);
    return out.get(0);
  }

  private List<TimeExpression> none(String text, String covered, String type, String value) {
    return all.normalize(text, List.of(raw(text, covered, type, value)), DCT);
  }

  @Test
  void dropsAgesAndWordsTimeMlDoesNotTag() {
    assertTrue(none("The 6-year-old boy left.", "6-year", "DURATION", "P6Y").isEmpty());
    assertTrue(none("She is 52 years old.", "52 years", "DURATION", "P52Y").isEmpty());
    assertTrue(none("It pays a quarterly dividend.", "quarterly", "SET", "P3M").isEmpty());
    assertTrue(none("He was once a miner.", "once", "DATE", "PAST_REF").isEmpty());
    assertEquals(1, none("Prices rose 6 years ago.", "6 years ago", "DATE", "2018").size());
  }

  @Test
  void spansDropPrepositionsAndKeepEarlyLateFiscal() {
    String t = "It rose in early March and in fiscal 2023, for about two weeks.";
    assertEquals("early March", one(t, "March", "DATE", "2024-03").text());
    assertEquals("fiscal 2023", one(t, "2023", "DATE", "2023").text());
    assertEquals("two weeks", one(t, "about two weeks", "DURATION", "P2W").text());
    assertEquals(
        "at least 30 days",
        one("for at least 30 days", "least 30 days", "DURATION", "P30D").text());
  }

  @Test
  void spelledOutYearsTakeTheirLastDigit() {
    TimeExpression t = one("in nineteen ninety-six, they", "nineteen ninety", "DATE", "1990");
    assertEquals("nineteen ninety-six", t.text());
    assertEquals("1996", t.value());
  }

  @Test
  void aMonthBeforeASpelledYearKeepsThatYear() {
    TimeExpression t =
        one(
            "In January nineteen ninety-seven, a storm hit.",
            "January nineteen ninety",
            "DATE",
            "1990-01");
    assertEquals("January nineteen ninety-seven", t.text());
    assertEquals("1997-01", t.value());
  }

  /** Each row: expected value | text | words the raw expression covers | raw type | raw value. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Quarters keep the quarter unit
          P2Q | It lost money in the past two quarters. | the past two quarters | DURATION | P6M
          PXQ | after several quarters of losses | several quarters | DURATION | PXM
          P1Q | It pays out every quarter. | every quarter | SET | P3M
          PT15M | He waited a quarter of an hour. | a quarter of an hour | DURATION | PT15M
          P6M | It took six months. | six months | DURATION | P6M
          # Halves of a year
          2023-H2 | Sales slowed in the last half of 2023. | the last half of 2023 | DATE | 2023
          2023-H1 | in the first half of 2023 | the first half of 2023 | DATE | 2023
          # Clock times lose their time zone
          2024-10-16T17:00 | at 5 p.m. EST today | 5 p.m. EST | TIME | 2024-10-16T17:00-0500
          # Weekdays look back unless the clause looks ahead
          2024-10-14 | He said Monday that | Monday | DATE | 2024-10-21
          2024-10-16 | Officials said Wednesday | Wednesday | DATE | 2024-10-23
          2024-10-17 | Talks on Thursday. | Thursday | DATE | 2024-10-10
          2024-10-21 | The board will meet Monday | Monday | DATE | 2024-10-14
          2024-10-11TNI | Clashes on Friday night | Friday night | TIME | 2024-10-18TNI
          # The nearest verb gives a weekday its direction
          # The day after the document date, but the sentence is in the past tense.
          2024-10-10 | The pact was signed Thursday. | Thursday | DATE | 2024-10-17
          2024-10-18 | The envoy plans to fly home Friday. | Friday | DATE | 2024-10-11
          # A possessive names a day that has been, whatever the clause around it.
          2024-10-14 | They would appeal Monday's verdict. | Monday | DATE | 2024-10-21
          # Months follow deadlines and the sentence tense
          2025-02 | The loan is repaid by February. | February | DATE | 2024-02
          2024-06 | Police stopped him in June. | June | DATE | 2025-06
          2025-01-05 | The new chief will take over Jan. 5. | Jan. 5 | DATE | 2024-01-05
          # Months without year are the nearest one
          2024-12-07 | payable Dec. 7 to holders | Dec. 7 | DATE | 2023-12-07
          2024-03 | Sales fell in March | March | DATE | 2025-03
          2024-12 | Sales fell in December | December | DATE | 2023-12
          2024-01 | Sales fell in January | January | DATE | 2025-01
          2025-03 | It will open in March | March | DATE | 2024-03
          2024-04 | since last April | last April | DATE | 2023-04
          2021-03 | in March 2021 | March 2021 | DATE | 2021-03
          # Ago takes the granularity of its unit
          2022 | two years ago | two years ago | DATE | 2022-10-16
          2024-05 | five months ago | five months ago | DATE | 2024-05-16
          2024-W36 | six weeks ago | six weeks ago | DATE | 2024-09-04
          PAST_REF | a few years ago | a few years ago | DATE | 2021-10-16
          # The fiscal year ended is a duration
          P1Y | In the fiscal year ended Jan. 31, sales rose. | the fiscal year | DATE | 2024
          # The week of a day and leftover weekday patterns
          2025-W10 | A hearing is set for the week of March 6. | the week of March 6 | DATE | 2025-03-06 INTERSECT P1W
          2024-10-10TMO | He was held in the early hours of Thursday morning. | the early hours of Thursday morning | DATE | 2024-10-10-WXX-4TMO INTERSECT PTXH
          # The past year is the year before
          2023 | Membership grew over the past year. | the past year | DATE | 2024
          2024 | It was the last year of his term. | the last year | DATE | 2024
          # The sentence does not end at an initial or an abbreviation
          2025-02-01 | Mr. Ortiz will succeed Anna P. Lund Feb. 1 as chief. | Feb. 1 | DATE | 2024-02-01
          # Passives and until take their tense from the auxiliary
          2024-12 | She will be named to lead a mission in December. | December | DATE | 2023-12
          2024-10-10 | Until Thursday, they had not named a suspect. | Thursday | DATE | 2024-10-17
          """)
  void theRulesGiveOneExpressionItsValue(
      String expected, String text, String covered, String type, String value) {
    assertEquals(expected, one(text, covered, type, value).value());
  }

  @Test
  void aVerbBeyondAQuotationMarkGovernsAnotherClause() {
    assertEquals(
        "2024-10-18",
        one("\"We will vote Friday,\" she said.", "Friday", "DATE", "2024-10-11").value());
  }

  @Test
  void theseDaysAndSomedayAreVagueReferences() {
    TimeExpression these = one("Ferries run late these days.", "days", "DURATION", "PXD");
    assertEquals("these days", these.text());
    assertEquals("PRESENT_REF", these.value());
    assertEquals("DATE", these.type());
    TimeExpression someday = one("Robots will one day drive trucks.", "one day", "DURATION", "P1D");
    assertEquals("FUTURE_REF", someday.value());
    assertEquals("DATE", someday.type());
    assertEquals("P1D", one("The strike lasted one day.", "one day", "DURATION", "P1D").value());
  }

  @Test
  void aSignalLeftAloneAndIdiomsAreNotTimeExpressions() {
    assertTrue(
        none(
                "They toured the port later in the day before flying home.",
                "the day before",
                "DATE",
                "2024-10-15")
            .isEmpty());
    assertTrue(
        none("For the league, high noon comes on Sunday.", "noon", "TIME", "2024-10-16T12:00")
            .isEmpty());
    assertEquals(1, none("The vote is at noon.", "noon", "TIME", "2024-10-16T12:00").size());
  }

  @Test
  void decadesAndCenturies() {
    TimeExpression late = one("in the late 1970s", "the late 1970s", "SET", "197X");
    assertEquals("197", late.value());
    assertEquals("DATE", late.type());
    assertEquals("196X", one("the music of 1960s bands", "1960s", "SET", "196X").value());
    assertEquals("19", one("in 20th century art", "20th century", "DATE", "19XX").value());
  }

  @Test
  void quartersWithoutAYearAreNotInTheFuture() {
    assertEquals(
        "2024-Q2",
        one("Its fiscal second quarter was weak.", "fiscal second quarter", "DATE", "2025-Q2")
            .value());
    assertEquals(
        "2024-Q3", one("Profit rose in the quarter.", "the quarter", "DATE", "2025-Q3").value());
    assertEquals(
        "2025-Q4",
        one("The plant will reopen in the fourth quarter.", "the fourth quarter", "DATE", "2025-Q4")
            .value());
    String t = "Third-quarter sales rose 5%. The latest period had a gain.";
    List<TimeExpression> out =
        all.normalize(t, List.of(raw(t, "Third-quarter", "DATE", "2024-Q3")), DCT);
    assertEquals(
        List.of("Third-quarter", "The latest period"),
        out.stream().map(TimeExpression::text).toList());
    assertEquals("2024-Q3", out.get(1).value());
    String plain = "The latest period of calm ended.";
    assertTrue(all.normalize(plain, List.of(), DCT).isEmpty());
  }

  @Test
  void theYearEndedIsADuration() {
    TimeExpression t = one("Net rose 4% in the year ended June 30.", "the year", "DATE", "2024");
    assertEquals("P1Y", t.value());
    assertEquals("DURATION", t.type());
    assertEquals("2024", one("Net rose for the year.", "the year", "DATE", "2024").value());
  }

  @Test
  void holidaysWithoutAYearAreTheLastOne() {
    PartialDate january = PartialDate.parse("2025-01-08");
    String t = "The fire broke out on Thanksgiving Day.";
    TimeExpression r = raw(t, "Thanksgiving Day", "DATE", "2025-11-27");
    assertEquals("2024-11-28", all.normalize(t, List.of(r), january).get(0).value());
    String c = "The ship sank at Christmas.";
    assertEquals(
        "2024-12-25",
        all.normalize(c, List.of(raw(c, "Christmas", "DATE", "2025-12-25")), january)
            .get(0)
            .value());
    String f = "They will marry at Christmas.";
    assertEquals(
        "2025-12-25",
        all.normalize(f, List.of(raw(f, "Christmas", "DATE", "2025-12-25")), january)
            .get(0)
            .value());
  }

  @Test
  void theWeekendEarlyInTheWeekIsTheOneJustPast() {
    PartialDate monday = PartialDate.parse("2024-10-14");
    String t = "Rebels attacked over the weekend.";
    TimeExpression r = raw(t, "the weekend", "DATE", "2024-W42-WE");
    assertEquals("2024-W41-WE", all.normalize(t, List.of(r), monday).get(0).value());
    String f = "Talks will resume over the weekend.";
    TimeExpression fr = raw(f, "the weekend", "DATE", "2024-W42-WE");
    assertEquals("2024-W42-WE", all.normalize(f, List.of(fr), monday).get(0).value());
    // On a Wednesday the weekend named is the coming one.
    assertEquals("2024-W42-WE", one(t, "the weekend", "DATE", "2024-W42-WE").value());
  }

  @Test
  void compositeValuesBecomeTimexValues() {
    TimeExpression t =
        one(
            "the first nine months of 2024",
            "the first nine months of 2024",
            "DATE",
            "2024 INTERSECT P9M");
    assertEquals("P9M", t.value());
    assertEquals("DURATION", t.type());
    assertEquals("P2D", one("two to six days", "two to six days", "DURATION", "P2D/P6D").value());
  }

  @Test
  void fiscalQuartersFollowTheQuarterUnderDiscussion() {
    String t =
        "Third-quarter profit rose to $5 million from $4 million a year ago. "
            + "The year-ago quarter had a charge. In the latest quarter, sales grew.";
    List<TimeExpression> out =
        all.normalize(
            t,
            List.of(
                raw(t, "Third-quarter", "DATE", "2024-Q3"),
                raw(t, "a year ago", "DATE", "2023-10-16"),
                raw(t, "The year", "DATE", "2024"),
                raw(t, "the latest quarter", "DURATION", "PXM")),
            DCT);
    assertEquals(
        List.of("2024-Q3", "2023-Q3", "2023-Q3", "2024-Q3"),
        out.stream().map(TimeExpression::value).toList());
    assertEquals("The year-ago quarter", out.get(2).text());
  }

  @Test
  void thatYearAndYearEnd() {
    String t = "They met in 2019. That year a deal was signed; by year-end it failed.";
    List<TimeExpression> out =
        all.normalize(
            t,
            List.of(
                raw(t, "2019", "DATE", "2019"),
                new TimeExpression(
                    new Span(t.indexOf("year a"), t.indexOf("year a") + 4),
                    "year",
                    "DURATION",
                    "P1Y"),
                new TimeExpression(
                    new Span(t.indexOf("year-end"), t.indexOf("year-end") + 4),
                    "year",
                    "DURATION",
                    "P1Y")),
            DCT);
    assertEquals("That year", out.get(1).text());
    assertEquals("2019", out.get(1).value());
    assertEquals("year-end", out.get(2).text());
    assertEquals("2024", out.get(2).value());
  }

  private List<TimeExpression> all(String text, TimeExpression... raw) {
    return all.normalize(text, List.of(raw), DCT);
  }

  private static List<String> values(List<TimeExpression> out) {
    return out.stream().map(TimeExpression::value).toList();
  }

  @Test
  void theQuarterUnderDiscussionHasEndedOrIsReported() {
    String t =
        "Third-quarter profit rose 8%. A strike will cut fourth-quarter output. "
            + "In the latest quarter, margins widened.";
    List<TimeExpression> out =
        all(
            t,
            raw(t, "Third-quarter", "DATE", "2024-Q3"),
            raw(t, "fourth-quarter", "DATE", "2024-Q4"),
            raw(t, "the latest quarter", "DATE", "2024-Q4"));
    assertEquals(List.of("2024-Q3", "2024-Q4", "2024-Q3"), values(out));
    String f = "Its fiscal fourth quarter ended Sept. 30 and it reported fourth-quarter losses.";
    String later = f + " The latest quarter was weak.";
    List<TimeExpression> fiscal =
        all(
            later,
            raw(later, "fourth-quarter", "DATE", "2024-Q4"),
            raw(later, "The latest quarter", "DATE", "2024-Q3"));
    assertEquals("2024-Q4", fiscal.get(1).value());
    String e =
        "Third-quarter net rose. After a weak second quarter, sales grew. "
            + "The year-earlier period had a charge.";
    List<TimeExpression> earlier =
        all(
            e,
            raw(e, "Third-quarter", "DATE", "2024-Q3"),
            raw(e, "second quarter", "DATE", "2024-Q2"),
            raw(e, "The year-earlier period", "DATE", "2023"));
    assertEquals("2023-Q3", earlier.get(2).value());
  }

  @Test
  void quartersNamedByTheirYearFollowTheQuarterUnderDiscussion() {
    String t =
        "Third-quarter sales fell. Sales for last year's quarter were higher, and net for "
            + "the quarter a year ago was $4 million; the 2023 quarter had a charge.";
    List<TimeExpression> out =
        all(
            t,
            raw(t, "Third-quarter", "DATE", "2024-Q3"),
            raw(t, "last year's quarter", "DATE", "2023 INTERSECT P3M"),
            raw(t, "the quarter a year ago", "DATE", "2023-Q4"),
            raw(t, "the 2023 quarter", "DURATION", "P6072M"));
    assertEquals(List.of("2024-Q3", "2023-Q3", "2023-Q3", "2023-Q3"), values(out));
    String n =
        "Third-quarter sales fell. In the first nine months, net was $9 million, against "
            + "$7 million in the 2023 period.";
    List<TimeExpression> nine =
        all(
            n,
            raw(n, "Third-quarter", "DATE", "2024-Q3"),
            raw(n, "the 2023 period", "DATE", "2023"));
    assertEquals("2023", nine.get(1).value());
  }

  @Test
  void midMonthsYearsAndPartsOfDayAreAdded() {
    String t = "Results are due in mid-November; the group split in mid-1998.";
    List<TimeExpression> out = all(t);
    assertEquals(
        List.of("mid-November", "mid-1998"), out.stream().map(TimeExpression::text).toList());
    assertEquals(List.of("2024-11", "1998"), values(out));
    String y = "Shares were up 2 pence at mid-afternoon yesterday in London.";
    TimeExpression m = all(y, raw(y, "yesterday", "DATE", "2024-10-15")).get(0);
    assertEquals("mid-afternoon yesterday", m.text());
    assertEquals("2024-10-15TAF", m.value());
    assertEquals("TIME", m.type());
    assertTrue(all("The mid-1990s-style boom.").isEmpty());
  }

  @Test
  void durationsTakeInTheAmountTheTaggerLeftOut() {
    TimeExpression half = one("They lived in camps for 2 1/2 years.", "years", "DURATION", "PXY");
    assertEquals("2 1/2 years", half.text());
    assertEquals("P2Y6M", half.value());
    TimeExpression more =
        one("The lease runs for at least 20 more years.", "years", "DURATION", "PXY");
    assertEquals("at least 20 more years", more.text());
    assertEquals("P20Y", more.value());
    TimeExpression minute =
        one("But a minute and a half later, the radio went dead.", "a minute", "DURATION", "PT1M");
    assertEquals("a minute and a half", minute.text());
    assertEquals("PT1M30S", minute.value());
    assertEquals(
        "P8D", one("Eight trading days after the crash", "days", "DURATION", "PXD").value());
    assertEquals("PXY", one("It lasted for years.", "years", "DURATION", "PXY").value());
  }

  @Test
  void laterAndEarlierAreSignalsOfADuration() {
    TimeExpression later =
        one("Three days later, the index fell.", "Three days later", "DATE", "2024-10-19");
    assertEquals("Three days", later.text());
    assertEquals("P3D", later.value());
    assertEquals("DURATION", later.type());
    TimeExpression earlier =
        one("A day earlier, trucks crossed.", "A day earlier", "DATE", "2024-10-15");
    assertEquals("A day earlier", earlier.text());
    assertEquals("P1D", earlier.value());
    assertEquals(
        "PXD", one("A few days later, it quit.", "A few days later", "DATE", "FUTURE_REF").value());
    TimeExpression year =
        one("Sales were $3 million a year earlier.", "a year earlier", "DATE", "2023-10-16");
    assertEquals("DATE", year.type());
  }

  @Test
  void ratesAreSets() {
    TimeExpression rate = one("It will save $2 million a year.", "a year", "DURATION", "P1Y");
    assertEquals("SET", rate.type());
    assertEquals("P1Y", rate.value());
    assertEquals("SET", one("It runs four flights a week.", "a week", "DURATION", "P1W").type());
    assertEquals(
        "DATE", one("up from $3 million a year ago", "a year ago", "DATE", "2023-10-16").type());
    assertEquals(
        "DURATION", one("the smallest gain in a year", "a year", "DURATION", "P1Y").type());
    assertEquals(
        "DURATION", one("The firm has a year to comply.", "a year", "DURATION", "P1Y").type());
  }

  @Test
  void recentYearsArePastReference() {
    TimeExpression r = one("Exports grew in recent years.", "recent years", "DURATION", "PXY");
    assertEquals("PAST_REF", r.value());
    assertEquals("DATE", r.type());
    TimeExpression p = one("There were sell-offs in past years, too.", "years", "DURATION", "PXY");
    assertEquals("past years", p.text());
    assertEquals("PAST_REF", p.value());
    assertEquals(
        "PXW", one("Prices fell in recent weeks.", "recent weeks", "DURATION", "PXW").value());
  }

  @Test
  void followingAndPreviousCountFromTheLastDateMentioned() {
    String t = "He was promoted on May 22, 2019, and the following year he moved to Rome.";
    List<TimeExpression> out =
        all(
            t,
            raw(t, "May 22, 2019", "DATE", "2019-05-22"),
            raw(t, "the following year", "DATE", "2025"));
    assertEquals("2020", out.get(1).value());
    String f = "The index closed at 900 Friday, down 3% from the previous Friday.";
    List<TimeExpression> fri =
        all(
            f,
            raw(f, "Friday", "DATE", "2024-10-11"),
            raw(f, "the previous Friday", "DATE", "2024-10-11"));
    assertEquals("2024-10-04", fri.get(1).value());
    String m = "The board met in March. The following month, it sold the unit.";
    List<TimeExpression> month =
        all(
            m,
            raw(m, "March", "DATE", "2024-03"),
            raw(m, "The following month", "DATE", "2024-11"));
    assertEquals("2024-04", month.get(1).value());
  }

  @Test
  void compositesAreSplitIntoTheirExpressions() {
    String t = "She testified for more than four hours Friday in court.";
    List<TimeExpression> out =
        all(t, raw(t, "more than four hours Friday", "DATE", "2024-10-18-WXX-5"));
    assertEquals(
        List.of("more than four hours", "Friday"), out.stream().map(TimeExpression::text).toList());
    assertEquals(List.of("PT4H", "2024-10-11"), values(out));
    assertEquals("DURATION", out.get(0).type());
    String s = "He was last seen Sept. 3, the day before police issued a warrant.";
    List<TimeExpression> seen =
        all(s, raw(s, "Sept. 3, the day before", "DATE", "THIS P1D INTERSECT XXXX-09-03"));
    assertEquals(List.of("Sept. 3", "the day"), seen.stream().map(TimeExpression::text).toList());
    assertEquals(List.of("2024-09-03", "2024-09-03"), values(seen));
  }

  @Test
  void quotedTitlesAreNames() {
    assertTrue(
        none("He said on ABC's \"This Week\" that", "This Week", "DATE", "2024-W42").isEmpty());
    assertTrue(none("the film ``High Noon.''", "Noon", "TIME", "2024-10-16T12:00").isEmpty());
    assertEquals(1, none("\"Next Monday,\" she said.", "Next Monday", "DATE", "2024-10-21").size());
    assertEquals(1, none("\"This week,\" she said.", "This week", "DATE", "2024-W42").size());
  }

  @Test
  void fractionsAndCompoundAdjectivesAreNotTimes() {
    assertTrue(
        none("Iraq imports three-quarters of its food.", "three-quarters", "DURATION", "P9M")
            .isEmpty());
    assertTrue(
        none("more than a quarter of the market", "more than a quarter", "DURATION", "P3M")
            .isEmpty());
    assertEquals(
        1, none("the first two quarters of 2025", "two quarters", "DURATION", "P6M").size());
    assertTrue(
        none("The quarter-to-quarter comparison", "The quarter", "DATE", "2024-Q3").isEmpty());
  }

  @Test
  void rulesCanBeSwitchedOffAndDateRulesNeedADay() {
    TimexNormalizer none = new TimexNormalizer(EnumSet.noneOf(TimexNormalizer.Rule.class));
    String t = "He said Monday that";
    TimeExpression r = raw(t, "Monday", "DATE", "2024-10-21");
    assertEquals(List.of(r), none.normalize(t, List.of(r), DCT));
    assertEquals("2024-10-21", all.normalize(t, List.of(r), null).get(0).value());
    assertEquals(
        "2024-10-21", all.normalize(t, List.of(r), PartialDate.ofMonth(2024, 10)).get(0).value());
    assertThrows(IllegalArgumentException.class, () -> all.normalize(null, List.of(), DCT));
  }

  @Test
  void wrapAppliesTheNormalizerToATagger() {
    TimeTagger base = (text, date) -> List.of(raw(text, "once", "DATE", "PAST_REF"));
    assertTrue(TimexNormalizer.wrap(base).tag("It was once so.", DCT).isEmpty());
  }

  @Test
  void aMatterOfDaysIsAnIdiomForSoon() {
    assertTrue(none("The deal is a matter of weeks away.", "weeks", "DURATION", "PXW").isEmpty());
    assertEquals(1, none("The talks lasted weeks.", "weeks", "DURATION", "PXW").size());
  }

  @Test
  void thePastDecadeIsAStretchOrTheDecadeBefore() {
    TimeExpression over =
        one("Costs have doubled over the past decade.", "the past decade", "DATE", "202X");
    assertEquals("DURATION", over.type());
    assertEquals("P10Y", over.value());
    TimeExpression in = one("Wages fell in the last decade.", "the last decade", "DATE", "202X");
    assertEquals("DATE", in.type());
    assertEquals("201", in.value());
  }

  @Test
  void aDayCountedInAnEventToldInThePresentIsTheDocumentDate() {
    TimeExpression t =
        one("Today is the eighth day of the strike.", "the eighth day", "DATE", "2024-10-23");
    assertEquals("2024-10-16", t.value());
    assertEquals(
        "2024-10-23",
        one("The talks end on the eighth day.", "the eighth day", "DATE", "2024-10-23").value());
  }

  @Test
  void holidaysTheTaggerDoesNotKnowComeFromTheirCalendarRule() {
    List<TimeExpression> out =
        all.normalize("Crime will be the theme from now to Election Day.", List.of(), DCT);
    assertEquals(1, out.size(), () -> "expected one expression: " + out);
    assertEquals("Election Day", out.get(0).text());
    assertEquals("2024-11-05", out.get(0).value());
    String t = "Polls open on Election Day.";
    List<TimeExpression> word = all.normalize(t, List.of(raw(t, "Day", "DURATION", "P1D")), DCT);
    assertEquals(
        List.of("Election Day=2024-11-05"),
        word.stream().map(e -> e.text() + "=" + e.value()).toList());
    // Long past: the one of the year before.
    List<TimeExpression> past = all.normalize("They marched on Mothers Day.", List.of(), DCT);
    assertEquals("2024-05-12", past.get(0).value());
    List<TimeExpression> before =
        all.normalize("They met on Flag Day.", List.of(), PartialDate.parse("2024-03-01"));
    assertEquals("2023-06-14", before.get(0).value());
  }

  @Test
  void thePartOfANamedDayIsLeftOutOfTheExpression() {
    TimeExpression t =
        one(
            "He was shot on the night of Oct. 11 at home.",
            "the night of Oct. 11",
            "TIME",
            "2024-10-11TNI");
    assertEquals("Oct. 11", t.text());
    assertEquals("DATE", t.type());
    assertEquals("2024-10-11", t.value());
    assertEquals(
        "Friday night",
        one("They met Friday night.", "Friday night", "TIME", "2024-10-11TNI").text());
  }
}
