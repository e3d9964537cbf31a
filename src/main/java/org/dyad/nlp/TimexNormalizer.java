package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.ClauseTense.Tense;

/**
 * Rewrites a tagger's time expressions to TimeML (TempEval-3) conventions: spans without leading
 * hedges, calendar words resolved against the document date as news reports use them, and values in
 * the forms the annotation guidelines prescribe.
 */
public final class TimexNormalizer {

  /** One rewriting rule; all are on by default and each can be switched off to measure it. */
  public enum Rule {
    /**
     * Drops words that taggers mark but TimeML does not: ages, "once", "annual", "quarterly",
     * fractions ("three-quarters of") and compound adjectives ("quarter-to-quarter").
     */
    DROP_NON_TIMEX,
    /**
     * Spans leave out leading prepositions ("about two weeks") and the part of a named day ("the
     * night of Oct. 23" is that day), and take in "early", "late", "earlier", "later", "at least"
     * and "fiscal" before the expression.
     */
    TRIM_MODIFIERS,
    /**
     * Completes spelled-out years split at the hyphen: "nineteen ninety-six" is 1996, and a month
     * before one ("January nineteen ninety-seven") keeps that year.
     */
    SPELLED_YEARS,
    /** Drops time-zone offsets from clock times. */
    TIME_ZONE,
    /**
     * Decades and centuries are dates; with a modifier they lose the X: "the late 1970s" is 197.
     * "over the past decade" is ten years' duration, "in the last decade" the decade before.
     */
    DECADES,
    /**
     * A bare weekday is the most recent such day up to the document date; the day after it, or any
     * coming day when the clause speaks of the future.
     */
    WEEKDAYS,
    /**
     * A month (and day) without a year is the nearest such month: up to two months ahead, else in
     * the past twelve months; "last", "next" and a future clause choose the direction.
     */
    MONTH_YEAR,
    /** "two years ago" is a year, "five months ago" a month; "a few years ago" is PAST_REF. */
    AGO_GRANULARITY,
    /**
     * Composite values (intersections, ranges) are reduced to a TIMEX3 value: "the week of March 6"
     * is that week, "the next several days" a vague duration.
     */
    COMPOSITE_VALUES,
    /**
     * In reports of quarterly results, "the latest quarter" is the quarter under discussion (the
     * latest one named that has ended or is reported in the past tense) and "a year ago", "the
     * year-earlier quarter", "last year's quarter", "the 2023 quarter" the same quarter in the year
     * named.
     */
    FISCAL_QUARTERS,
    /** "that year" is the year last mentioned; "year-end" is the document's year. */
    YEAR_ANAPHORA,
    /**
     * Weekdays and months without a year take their direction from the nearest verb of the
     * sentence: past tense looks back from the document date, future tense ahead. A participle
     * after "be" takes the tense of its auxiliary ("will be named"), "until" before a past perfect
     * looks back, a month after "by", "until" or "effective" lies ahead, and initials and
     * abbreviations ("P.", "Mr.") do not end the sentence.
     */
    TENSE,
    /**
     * A quarter named without its year ("the third quarter", "the quarter") is the latest such
     * quarter up to the document date unless the clause speaks of the future; "the latest period"
     * of a quarterly report is the quarter under discussion.
     */
    QUARTER_YEAR,
    /**
     * "the year ended June 30", "the fiscal year ended" is a year's duration, as reports of annual
     * results use it.
     */
    YEAR_ENDED,
    /**
     * A holiday without a year ("Thanksgiving") is the latest one up to the document date unless
     * the sentence speaks of the future; holidays the tagger does not know ("Election Day") are
     * found by the rules in {@code timex-holidays.tsv}.
     */
    HOLIDAYS,
    /** "the weekend" early in the week is the one just past unless the sentence looks ahead. */
    WEEKEND,
    /**
     * Adds what the tagger misses inside one word: "mid-November", "mid-1996", "mid-afternoon
     * yesterday".
     */
    MID_PERIODS,
    /**
     * Durations take in the amount the tagger left out: "2 1/2 years" is P2Y6M, "20 more years"
     * P20Y, "a minute and a half" PT1M30S.
     */
    DURATION_AMOUNTS,
    /**
     * "three days later" is a duration of three days whose "later" is a signal, not part of the
     * expression; "a day earlier" is P1D ("a year earlier" stays a date).
     */
    SIGNAL_DURATIONS,
    /** "the past year" is the year before the document's. */
    PAST_YEAR,
    /** A rate ("$2 million a year", "four flights a week") is a SET. */
    RATES,
    /**
     * "recent years" and "past years" are PAST_REF, an unmeasured stretch of years up to the
     * document date; shorter units ("recent weeks") stay durations.
     */
    RECENT_UNITS,
    /**
     * "the following year", "the previous month", "the previous Friday" count from the date the
     * text last mentioned, not from the document date.
     */
    ANAPHORIC_UNITS,
    /**
     * Splits what the tagger joined into one composite value and TimeML tags apart: "four hours
     * Friday", "Oct. 2, the day before" (a signal word between them is left out).
     */
    SPLIT_COMPOSITES,
    /**
     * A quoted title that capitalises its common nouns ("This Week", "High Noon", "60 Minutes",
     * "Summer of Hope") is a name.
     */
    TITLES,
    /**
     * Calendar words in another sense are not time expressions: "march" in lower case, "March" or
     * "Spring" naming an event ("the March for Peace"), "a second" before a noun ("a second try"),
     * idioms ("high noon", "day and night").
     */
    OTHER_SENSES,
    /**
     * A clock time that names no day takes the day named right after it in the clause: "9:15 a.m.
     * (0615 GMT) Monday" is on that Monday; "0615 GMT" is a time, not a year. In a past-tense
     * clause without one it takes the earlier day the text last named ("left at 9 p.m.").
     */
    CLOCK_DAYS,
    /** "the day before" a date is the day before it; "last Tuesday" the latest Tuesday past. */
    DAY_BEFORE,
    /**
     * Expressions anchored to an event the text gives no date for ("the day after the fire", "in
     * the weeks before the attack") count from the date the text last stated in full.
     */
    EVENT_ANCHORS,
    /** A day number listed after a date ("Nov. 4 and 5") is a date of the same month. */
    LISTED_DAYS,
    /** A holiday followed by "week" ("Easter week") is the calendar week that holds it. */
    HOLIDAY_WEEKS,
    /**
     * Repairs what the tagger cut or misread: the day after a month ("last Oct. 9"), duration
     * adjectives ("a second day-long session"), "post-1990" and "pre-1990" as years, "the coming
     * years" as a vague duration.
     */
    CUT_EXPRESSIONS,
    /**
     * "was" or "were" before a plan ("were planning to", "was to", "was expected to") does not make
     * a sentence past for the weekdays and months it holds: the plan looks ahead. A month after
     * "since" has begun.
     */
    FUTURE_IN_PAST,
    /** Durations and rates counted in quarters keep the quarter unit: "two quarters" is P2Q. */
    QUARTER_UNITS,
    /**
     * Vague references that look like durations: "these days" is PRESENT_REF, and "one day" after a
     * modal or a pronoun ("it will one day be", "she may one day") is FUTURE_REF.
     */
    VAGUE_REFERENCES,
    /** "the first half of 1989" is 1989-H1, "the second" or "last half" 1989-H2. */
    HALF_YEARS,
    /**
     * A day counted in an ongoing event and told in the present ("today is the eighth day of the
     * strike", "it's the second day") is the document date.
     */
    ORDINAL_DAYS
  }

  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("(?i)^(about|approximately|roughly|in|on|for|since|during|by|the day)\\s+");
  // SUTime sometimes starts a span inside "at least".
  private static final Pattern LEADING_LEAST = Pattern.compile("(?i)^least\\s+");
  private static final Pattern PRECEDING_MODIFIER =
      Pattern.compile("(?i)\\b(early|late|earlier|later|at least|fiscal)\\s+$");
  private static final Pattern LEADING_MODIFIER =
      Pattern.compile(
          "(?i)(earlier|later|early|late|around|almost|nearly|more than|at least|over|within"
              + "|fiscal|each of)\\b");
  private static final Pattern HALF_OF_YEAR =
      Pattern.compile(
          "(?i)\\b(first|second|last|latter) half of (?:the year )?(?:fiscal )?\\d{4}\\b");
  private static final Pattern PAST_DECADE = Pattern.compile("(the )?(past|last|previous) decade");
  private static final Pattern STRETCH_BEFORE =
      Pattern.compile("(?i)\\b(over|for|throughout|during)\\s+$");
  private static final Pattern ORDINAL_DAY =
      Pattern.compile(
          "(?i)(?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|\\d+(?:st|nd|rd|th))(?: straight| consecutive| successive)? day");
  private static final Pattern PRESENT_COPULA = Pattern.compile("(?i)(?:\\bis|'s)\\s+$");
  private static final Pattern PART_OF_NAMED_DAY =
      Pattern.compile("(?i)(?:the )?(?:night|morning|evening|afternoon) of (?:the )?");
  // A month and day number, or a weekday.
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b"
              + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Pattern THESE_BEFORE = Pattern.compile("(?i)\\bthese\\s+$");
  // A modal or a subject pronoun before "one day": "will one day be", "he one day follows".
  private static final Pattern SOMEDAY_BEFORE =
      Pattern.compile(
          "(?i)\\b(will|would|may|might|could|can|should|must|shall|i|you|he|she|it|we|they)\\s+$");
  private static final Pattern SIGNAL_ONLY = Pattern.compile("(?i)(before|after)");
  private static final Pattern TRAILING_BEFORE = Pattern.compile("(?i)\\s+(before|after)$");
  private static final Pattern HYPHEN_DIGIT =
      Pattern.compile("(?i)^-(one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final Pattern TZ = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:[-+]\\d{4}|Z)$");
  static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day(?:s)?\\b|\\b(mon|tue|wed|thu|fri|sat|sun)\\.");
  static final Pattern MONTH =
      Pattern.compile(
          "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november"
              + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b");
  // A year in figures, "'98", the word "year" or a spelled year ("nineteen ninety-seven").
  private static final Pattern YEAR_IN_TEXT =
      Pattern.compile(
          "\\b\\d{4}\\b|'\\d{2}\\b|\\byear\\b|(?i:\\b(?:eighteen|nineteen|twenty)[- ][a-z]+ty\\b)");
  private static final Pattern MONTH_RELATION =
      Pattern.compile("(?i)\\b(last|this|next|previous|coming|past|following|ago|before|after)\\b");
  private static final Pattern RELATIVE_WORD =
      Pattern.compile("(?i)\\b(last|next|this|previous|coming|following|past|ago|before|after)\\b");
  private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})(-\\d{2}(?:-\\d{2})?.*)$");
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
  private static final Pattern DEADLINE =
      Pattern.compile("(?i)\\b(by|until|till|effective(?: on| from| as of)?)\\s+$");
  private static final int NEAR_FUTURE_MONTHS = 2;
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)^(?:(?:about|nearly|almost|some|more than|less than|over|just|only)\\s+)?"
              + "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+"
              + "|a few|few|several|many|some)\\s+(year|month|week|day|decade)s?\\s+"
              + "(ago|earlier|before|later|after|from now|hence)$");
  private static final Pattern ORDINAL_QUARTER =
      Pattern.compile("(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter");
  private static final Pattern LATEST_QUARTER =
      Pattern.compile("(the |this )?(latest |most recent |recent |just-ended |past )?quarter");
  private static final Pattern YEAR_AGO =
      Pattern.compile("(?i)-(?:ago|earlier)(\\s+(?:\\w+[- ])?(?:quarter|period))?");
  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(?:the )?(\\d{4})(?: fiscal)? (?:quarter|period)");
  private static final Pattern MONTH_SPAN =
      Pattern.compile("\\b(six|nine|first half|first \\w+ months)\\b");
  private static final Pattern QUARTER_YEAR_BEFORE =
      Pattern.compile(
          "(the |its )?(quarter|period) a year (ago|earlier)|last year's (quarter|period)"
              + "|(the )?year-(ago|earlier) (quarter|period)");
  private static final Pattern LATEST_PERIOD = Pattern.compile("\\b[Tt]he latest period\\b");
  private static final String PERIOD_PLACEHOLDER = "XXXX-QX";
  private static final Pattern YEAR_ENDED_AFTER = Pattern.compile("^\\s+(ended|ending)\\b");
  static final Pattern HOLIDAY =
      Pattern.compile(
          "(?i)\\b(thanksgiving|christmas|easter|new year's|independence day|labor day"
              + "|memorial day|halloween|valentine's)");
  private static final Pattern WEEKEND_TEXT = Pattern.compile("(?i)^(the |this )?weekend$");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");
  private static final int HOLIDAY_AHEAD_DAYS = 60;
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q(\\d)$");
  private static final Pattern PERIOD = Pattern.compile("\\s+(period|quarter)\\b");
  private static final Pattern YEAR_END = Pattern.compile("(?i)(-end|'s end| end)\\b");
  private static final Pattern BARE_UNITS =
      Pattern.compile("(?i)(second|minute|hour|day|week|month|year|decade)s");
  private static final Pattern AMOUNT_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w/,.])("
              + DurationValues.AMOUNT
              + ")(\\s+(?:1/2|\u00bd))?(?:\\s+more)?"
              + "(?:\\s+(?:trading|business|working))?\\s+$");
  private static final Pattern AMOUNT_UNIT =
      Pattern.compile("(?i)(" + DurationValues.AMOUNT + ")\\s+(" + DurationValues.UNIT + ")");
  private static final Pattern AND_A_HALF = Pattern.compile("\\s+and a half\\b");
  private static final Pattern SIGNALLED =
      Pattern.compile(
          "(?i)("
              + DurationValues.AMOUNT
              + "|a few|few|several|some|many)\\s+"
              + "(second|minute|hour|day|week|month)s?\\s+(later|earlier)");
  private static final Pattern RECENT = Pattern.compile("(?i)\\b(recent|past) years$");
  private static final Pattern ANAPHORIC =
      Pattern.compile(
          "(?i)the (following|subsequent|previous|preceding|prior) (year|month|day|monday|tuesday"
              + "|wednesday|thursday|friday|saturday|sunday)");
  private static final Pattern PAST_YEAR_TEXT = Pattern.compile("(?i)the (past|last) year");
  private static final Pattern RATE_UNIT =
      Pattern.compile("(?i)(?:a|an|per) (year|month|week|day|hour)");
  private static final Pattern RATE_BEFORE =
      Pattern.compile(
          "(?i)(\\d|\\bmillion|\\bbillion|\\bpercent|%"
              + "|\\b(?!(?:was|has|this|his|its|does|thus|plus|less|unless|perhaps|always)\\b)"
              + "[a-z]{3,}s)\\s+$");
  private static final Pattern RATE_NOT_AFTER =
      Pattern.compile("(?i)[- ]*(ago|earlier|later|before|after|old)\\b");
  private static final Pattern VAGUE_UNITS =
      Pattern.compile(
          "(?i)\\b(?:few|several|some|many) (second|minute|hour|day|week|month|year)s\\b");
  private static final Pattern DAY_WITH_WEEKDAY =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-WXX-\\d(.*)$");
  private static final Pattern COMPOSITE = Pattern.compile("^(\\S+) INTERSECT (\\S+)$");

  private final Set<Rule> rules;

  /** A normalizer with every rule on. */
  public TimexNormalizer() {
    this(EnumSet.allOf(Rule.class));
  }

  /** A normalizer with only {@code rules} on. */
  public TimexNormalizer(Set<Rule> rules) {
    if (rules == null) {
      throw new IllegalArgumentException("rules must not be null");
    }
    this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
  }

  /** A tagger whose output passes through a normalizer with every rule on. */
  public static TimeTagger wrap(TimeTagger base) {
    return wrap(base, new TimexNormalizer());
  }

  /** A tagger whose output passes through {@code normalizer}. */
  public static TimeTagger wrap(TimeTagger base, TimexNormalizer normalizer) {
    if (base == null || normalizer == null) {
      throw new IllegalArgumentException("base and normalizer must not be null");
    }
    return (text, date) -> normalizer.normalize(text, base.tag(text, date), date);
  }

  private static final class Cand {
    int start;
    int end;
    String type;
    String value;
    // Whether "was" or "were" before a plan ("were planning to", "was to") leaves the tense open.
    boolean futureInPast = true;

    Cand(TimeExpression t) {
      start = t.span().start();
      end = t.span().end();
      type = t.type();
      value = t.value();
    }
  }

  /**
   * Returns the expressions rewritten by the rules that are on, in text order; {@code dct} is the
   * document date (may be null, then date-relative rules leave values alone).
   */
  public List<TimeExpression> normalize(String text, List<TimeExpression> raw, PartialDate dct) {
    if (text == null || raw == null) {
      throw new IllegalArgumentException("text and raw must not be null");
    }
    List<TimeExpression> out = new ArrayList<>();
    Context ctx = new Context();
    List<TimeExpression> sorted = new ArrayList<>(raw);
    if (on(Rule.QUARTER_YEAR)) {
      Matcher p = LATEST_PERIOD.matcher(text);
      while (p.find()) {
        Span span = new Span(p.start(), p.end());
        if (raw.stream().noneMatch(t -> t.span().overlaps(span))) {
          sorted.add(new TimeExpression(span, p.group(), "DATE", PERIOD_PLACEHOLDER));
        }
      }
    }
    if (on(Rule.SPLIT_COMPOSITES)) {
      TimexRepairs.splitComposites(sorted, dct);
    }
    if (on(Rule.MID_PERIODS)) {
      TimexRepairs.midPeriods(text, sorted, dct);
    }
    if (on(Rule.HOLIDAYS)) {
      TimexRepairs.ruleHolidays(text, sorted, dct);
    }
    if (on(Rule.CUT_EXPRESSIONS)) {
      TimexRepairs.cutExpressions(text, sorted);
      TimexRepairs.prePostYears(text, sorted);
    }
    sorted.sort(java.util.Comparator.comparing(TimeExpression::span));
    for (TimeExpression t : sorted) {
      if (t.span().end() > text.length()) {
        throw new IllegalArgumentException("raw: span " + t.span() + " is outside the text");
      }
      Cand c = new Cand(t);
      c.futureInPast = on(Rule.FUTURE_IN_PAST);
      if (PERIOD_PLACEHOLDER.equals(c.value) && (dct == null || ctx.quarter == null)) {
        continue; // "the latest period" names a quarter only in a report on quarters
      }
      if (TimexRepairs.SAME_DAY.equals(c.value)) {
        c.value = ctx.last; // "Oct. 12, the day before ...": the day is the date it follows
      }
      if (on(Rule.DROP_NON_TIMEX) && NonTimexes.isNonTimex(text, c.start, c.end)) {
        continue;
      }
      if (on(Rule.TITLES) && NonTimexes.inQuotedTitle(text, c.start, c.end)) {
        continue;
      }
      if (on(Rule.OTHER_SENSES)
          && (NonTimexes.otherSense(text, c.start, c.end)
              || NonTimexes.inIdiom(text, c.start, c.end))) {
        continue;
      }
      if (on(Rule.DURATION_AMOUNTS)) {
        durationAmount(text, c);
      }
      if (on(Rule.TRIM_MODIFIERS)) {
        trim(text, c);
        if (SIGNAL_ONLY.matcher(text.substring(c.start, c.end)).matches()) {
          continue; // "later in the day before returning": the trimmed "before" is a signal
        }
      }
      if (on(Rule.SPELLED_YEARS)) {
        spelledYear(text, c);
      }
      if (c.value != null) {
        if (on(Rule.COMPOSITE_VALUES)) {
          composite(text, c);
        }
        if (on(Rule.TIME_ZONE)) {
          c.value = TZ.matcher(c.value).replaceFirst("$1");
        }
        if (on(Rule.DECADES)) {
          decade(text, c);
        }
        if (on(Rule.RATES)) {
          rate(text, c);
        }
        if (on(Rule.VAGUE_REFERENCES)) {
          vagueReference(text, c);
        }
        Matcher half = HALF_OF_YEAR.matcher(textOf(text, c));
        if (on(Rule.HALF_YEARS) && half.find() && c.value.matches("\\d{4}")) {
          c.value += half.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2";
        }
        if (on(Rule.QUARTER_UNITS) && ("DURATION".equals(c.type) || "SET".equals(c.type))) {
          c.value = DurationValues.inQuarters(text.substring(c.start, c.end), c.value);
        }
        if (dct != null && dct.precision() == PartialDate.Precision.DAY) {
          if (on(Rule.AGO_GRANULARITY)) {
            ago(text, c);
          }
          if (on(Rule.SIGNAL_DURATIONS)) {
            signalDuration(text, c);
          }
          if (on(Rule.RECENT_UNITS)) {
            recentUnits(text, c);
          }
          if (on(Rule.PAST_YEAR)) {
            pastYear(text, c, dct);
          }
          if (on(Rule.ORDINAL_DAYS)
              && ORDINAL_DAY.matcher(textOf(text, c)).matches()
              && PRESENT_COPULA.matcher(before(text, c, 8)).find()) {
            c.type = "DATE";
            c.value = dct.firstDay().toString();
          }
          if (on(Rule.WEEKDAYS)) {
            weekday(text, c, dct.firstDay(), on(Rule.TENSE));
          }
          if (on(Rule.MONTH_YEAR)) {
            monthYear(text, c, dct, on(Rule.TENSE));
          }
          if (on(Rule.YEAR_ENDED)) {
            yearEnded(text, c);
          }
          if (on(Rule.HOLIDAYS)) {
            holiday(text, c, dct.firstDay());
          }
          if (on(Rule.WEEKEND)) {
            weekend(text, c, dct.firstDay());
          }
          if (on(Rule.ANAPHORIC_UNITS)) {
            anaphoricUnit(text, c, ctx);
          }
          if (on(Rule.YEAR_ANAPHORA)) {
            yearAnaphora(text, c, dct, ctx);
          }
          if (on(Rule.QUARTER_YEAR)) {
            quarterYear(text, c, dct);
          }
          if (on(Rule.FISCAL_QUARTERS)) {
            fiscalQuarter(text, c, dct, ctx);
          }
        }
        ctx.remember(text, c, on(Rule.FISCAL_QUARTERS) ? dct : null);
      }
      if (c.end > c.start) {
        Span span = new Span(c.start, c.end);
        out.add(new TimeExpression(span, span.of(text), c.type, c.value));
      }
    }
    LocalDate day =
        dct != null && dct.precision() == PartialDate.Precision.DAY ? dct.firstDay() : null;
    out.sort(java.util.Comparator.comparing(TimeExpression::span));
    if (on(Rule.CLOCK_DAYS)) {
      out = TimexNeighbours.clockDays(text, out, day);
    }
    if (on(Rule.DAY_BEFORE)) {
      out = TimexNeighbours.dayBefore(text, out, day);
    }
    if (on(Rule.EVENT_ANCHORS)) {
      out = TimexNeighbours.eventAnchored(text, out);
    }
    if (on(Rule.LISTED_DAYS)) {
      out = TimexNeighbours.listedDays(text, out);
    }
    if (on(Rule.HOLIDAY_WEEKS)) {
      out = TimexNeighbours.holidayWeeks(text, out);
    }
    return TimeMl.nonOverlapping(out, text.length());
  }

  static Set<String> lexicon(String resource) {
    try (var in = TimexNormalizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  private boolean on(Rule r) {
    return rules.contains(r);
  }

  private static String textOf(String text, Cand c) {
    return text.substring(c.start, c.end);
  }

  /** Up to {@code n} characters of {@code text} right before the expression. */
  private static String before(String text, Cand c, int n) {
    return text.substring(Math.max(0, c.start - n), c.start);
  }

  /** The ISO week that holds {@code day} ("2024-W07"). */
  static String isoWeek(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static void trim(String text, Cand c) {
    while (true) {
      String s = textOf(text, c);
      Matcher part = PART_OF_NAMED_DAY.matcher(s);
      if (part.lookingAt()
          && c.value != null
          && NAMED_DAY.matcher(s.substring(part.end())).find()
          && c.value.matches("\\d{4}-\\d{2}-\\d{2}T(NI|MO|AF|EV)")) {
        // "the night of Oct. 23": the expression is the day; the part of it is no time of its own.
        c.start += part.end();
        c.type = "DATE";
        c.value = c.value.substring(0, 10);
        continue;
      }
      Matcher m = LEADING_PREPOSITION.matcher(s);
      if (m.find() && m.end() < s.length()) {
        c.start += m.end();
        continue;
      }
      m = LEADING_LEAST.matcher(s);
      if (m.find() && m.end() < s.length()) {
        c.start += m.end();
        continue;
      }
      m = TRAILING_BEFORE.matcher(s);
      if (m.find() && WEEKDAY.matcher(s).find()) {
        c.end = c.start + m.start();
        continue;
      }
      break;
    }
    Matcher m = PRECEDING_MODIFIER.matcher(before(text, c, 20));
    if (m.find() && !LEADING_MODIFIER.matcher(textOf(text, c)).lookingAt()) {
      c.start -= m.group().length();
    }
  }

  private static void durationAmount(String text, Cand c) {
    if (!"DURATION".equals(c.type)) {
      return;
    }
    String s = textOf(text, c);
    if (BARE_UNITS.matcher(s).matches()) {
      Matcher m = AMOUNT_BEFORE.matcher(before(text, c, 40));
      if (m.find()) {
        String amount = m.group(1) + (m.group(2) != null ? " 1/2" : "");
        String value = DurationValues.of(amount, s);
        if (value != null) {
          c.start -= m.group().length();
          c.value = value;
        }
      }
      return;
    }
    Matcher a = AMOUNT_UNIT.matcher(s);
    Matcher half = AND_A_HALF.matcher(text.substring(c.end));
    if (a.matches() && half.lookingAt()) {
      String value = DurationValues.of(a.group(1) + " and a half", a.group(2));
      if (value != null) {
        c.end += half.end();
        c.value = value;
      }
    }
  }

  private static void signalDuration(String text, Cand c) {
    Matcher m = SIGNALLED.matcher(textOf(text, c));
    if (!m.matches()) {
      return;
    }
    String amount = m.group(1).toLowerCase(Locale.ROOT);
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    String value;
    if (amount.matches("a few|few|several|some|many")) {
      String code = DurationValues.of(1, unit);
      value = code == null ? null : code.replaceFirst("1", "X");
    } else {
      value = DurationValues.of(amount, unit);
    }
    if (value == null) {
      return;
    }
    c.type = "DURATION";
    c.value = value;
    if (m.group(3).equalsIgnoreCase("later")) {
      c.end = c.start + m.group().substring(0, m.start(3)).stripTrailing().length();
    }
  }

  private static void recentUnits(String text, Cand c) {
    Matcher m = RECENT.matcher(text.substring(Math.max(0, c.start - 12), c.end));
    if (m.find() && m.end() == c.end - Math.max(0, c.start - 12)) {
      c.start = Math.max(0, c.start - 12) + m.start();
      c.type = "DATE";
      c.value = "PAST_REF";
    }
  }

  private static void pastYear(String text, Cand c, PartialDate dct) {
    if (PAST_YEAR_TEXT.matcher(textOf(text, c)).matches()
        && !text.startsWith(" of", c.end)
        && "DATE".equals(c.type)) {
      c.value = String.format(Locale.ROOT, "%04d", dct.year() - 1);
    }
  }

  private static void rate(String text, Cand c) {
    Matcher m = RATE_UNIT.matcher(textOf(text, c));
    if (!m.matches()
        || !RATE_BEFORE.matcher(before(text, c, 20)).find()
        || RATE_NOT_AFTER.matcher(text.substring(c.end)).lookingAt()) {
      return;
    }
    String value = DurationValues.of(1, m.group(1));
    if (value != null) {
      c.type = "SET";
      c.value = value;
    }
  }

  private static void vagueReference(String text, Cand c) {
    String s = textOf(text, c).toLowerCase(Locale.ROOT);
    String before = before(text, c, 12);
    Matcher these = THESE_BEFORE.matcher(before);
    if (s.equals("days") && these.find()) {
      c.start -= before.length() - these.start();
      c.type = "DATE";
      c.value = "PRESENT_REF";
    } else if (s.equals("one day") && SOMEDAY_BEFORE.matcher(before).find()) {
      c.type = "DATE";
      c.value = "FUTURE_REF";
    }
  }

  private static void spelledYear(String text, Cand c) {
    if (c.value == null) {
      return;
    }
    Matcher m = HYPHEN_DIGIT.matcher(text.substring(c.end));
    String s = textOf(text, c).toLowerCase(Locale.ROOT);
    if (c.value.matches("^\\d{3}0.*")
        && m.find()
        && s.matches(".*\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$")) {
      int digit = NumberWords.value(m.group(1).toLowerCase(Locale.ROOT));
      c.value = c.value.substring(0, 3) + digit + c.value.substring(4);
      c.end += m.end();
    }
  }

  private static void composite(String text, Cand c) {
    Matcher m = COMPOSITE.matcher(c.value);
    if (m.matches()) {
      String a = m.group(1);
      String b = m.group(2).replaceAll("^[<>=~]+", "");
      Matcher day = FULL_DATE.matcher(a);
      if (b.startsWith("P") && (a.matches("\\d{4}") || a.startsWith("THIS"))) {
        c.value = b;
        c.type = "DURATION";
      } else if (b.equals("P1W") && day.matches() && day.group(4).isEmpty() && validDate(a)) {
        // "the week of March 6" is the week that holds that day.
        LocalDate d = LocalDate.parse(a);
        c.value = isoWeek(d);
      } else {
        c.value = a;
      }
    } else if (c.value.matches("^P[^/]+/P.*$")) {
      c.value = c.value.substring(0, c.value.indexOf('/'));
    } else if (c.value.matches("^\\(.*,P[^,/]+/P[^,]+\\)$")) {
      // "(REF,UNKNOWN,P12M/P18M)" for "the next 12 to 18 months": the first duration.
      c.value = c.value.substring(c.value.lastIndexOf(',') + 1, c.value.indexOf('/'));
      c.type = "DURATION";
    } else if (c.value.matches("^\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}$")) {
      // A range of days for "the next several days" is a vague duration.
      Matcher vague = VAGUE_UNITS.matcher(textOf(text, c));
      String one = vague.find() ? DurationValues.of(1, vague.group(1)) : null;
      if (one != null) {
        c.value = one.replace("1", "X");
        c.type = "DURATION";
      }
    }
    // A day with a weekday pattern left in ("2024-10-17-WXX-4TMO") is that day.
    c.value = DAY_WITH_WEEKDAY.matcher(c.value).replaceFirst("$1$2");
  }

  private static void decade(String text, Cand c) {
    String s = textOf(text, c).toLowerCase(Locale.ROOT);
    if (PAST_DECADE.matcher(s).matches() && c.value.matches("\\d{3}X?")) {
      // "over the past decade" is the stretch of ten years; "in the last decade" the one before
      // the document's decade, as "last year" is the year before its year.
      if (STRETCH_BEFORE.matcher(before(text, c, 12)).find()) {
        c.type = "DURATION";
        c.value = "P10Y";
      } else {
        c.type = "DATE";
        c.value = String.valueOf(Integer.parseInt(c.value.substring(0, 3)) - 1);
      }
      return;
    }
    if (c.value.matches("\\d{3}X")) {
      c.type = "DATE";
      if (s.matches(".*\\b(early|mid|late|last|the)\\b.*")) {
        c.value = c.value.substring(0, 3);
      }
    } else if (c.value.matches("\\d{2}XX") && s.matches(".*\\bcentury\\b.*")) {
      c.type = "DATE";
      if (!s.startsWith("the ")) {
        c.value = c.value.substring(0, 2);
      }
    }
  }

  private static void ago(String text, Cand c) {
    String s = textOf(text, c).trim();
    Matcher m = AGO.matcher(s);
    if (!m.matches()) {
      return;
    }
    String amount = m.group(1).toLowerCase(Locale.ROOT);
    boolean future = m.group(3).matches("(?i)later|after|from now|hence");
    if (amount.matches("a few|few|several|many|some")) {
      c.value = future ? "FUTURE_REF" : "PAST_REF";
      c.type = "DATE";
      return;
    }
    Matcher d = FULL_DATE.matcher(c.value);
    if (!d.matches()) {
      return;
    }
    LocalDate date =
        LocalDate.of(
            Integer.parseInt(d.group(1)),
            Integer.parseInt(d.group(2)),
            Integer.parseInt(d.group(3)));
    c.type = "DATE";
    switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "year", "decade" -> c.value = String.format(Locale.ROOT, "%04d", date.getYear());
      case "month" ->
          c.value = String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case "week" -> c.value = isoWeek(date);
      default -> {}
    }
  }

  private static void weekday(String text, Cand c, LocalDate dct, boolean byTense) {
    String s = textOf(text, c);
    Matcher w = WEEKDAY.matcher(s);
    Matcher d = FULL_DATE.matcher(c.value);
    if (!w.find()
        || !d.matches()
        || MONTH.matcher(s).find()
        || RELATIVE_WORD.matcher(s).find()
        || s.matches(".*\\d{4}.*")) {
      return;
    }
    DayOfWeek day = dayOf(w.group().toLowerCase(Locale.ROOT));
    // News names the coming day by its weekday too; otherwise a weekday is in the past week.
    int ahead = Math.floorMod(day.getValue() - dct.getDayOfWeek().getValue(), 7);
    LocalDate resolved;
    if (byTense) {
      // "Tuesday's meeting" names a day that has been.
      Tense tense = text.startsWith("'s", c.end) ? Tense.PAST : tense(text, c);
      resolved =
          tense == Tense.FUTURE || tense == Tense.NONE && ahead == 1
              ? dct.with(TemporalAdjusters.nextOrSame(day))
              : dct.with(TemporalAdjusters.previousOrSame(day));
    } else if (futureContext(text, c)) {
      resolved = dct.with(TemporalAdjusters.nextOrSame(day));
    } else if (ahead == 1) {
      resolved = dct.plusDays(1);
    } else {
      resolved = dct.with(TemporalAdjusters.previousOrSame(day));
    }
    c.value = resolved + d.group(4);
  }

  /** The day of week a weekday name ("tuesday", "tues") starts with. */
  static DayOfWeek dayOf(String w) {
    String p = w.substring(0, 2);
    return switch (p) {
      case "mo" -> DayOfWeek.MONDAY;
      case "tu" -> DayOfWeek.TUESDAY;
      case "we" -> DayOfWeek.WEDNESDAY;
      case "th" -> DayOfWeek.THURSDAY;
      case "fr" -> DayOfWeek.FRIDAY;
      case "sa" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  private static void monthYear(String text, Cand c, PartialDate dct, boolean byTense) {
    String s = textOf(text, c);
    Matcher month = MONTH.matcher(s);
    Matcher v = YEAR_PREFIX.matcher(c.value);
    if (!month.find() || !v.matches() || YEAR_IN_TEXT.matcher(s).find()) {
      return;
    }
    Matcher rel = MONTH_RELATION.matcher(s);
    String relation = rel.find() ? rel.group(1).toLowerCase(Locale.ROOT) : "";
    int m = Integer.parseInt(v.group(2).substring(1, 3));
    int dm = dct.month();
    int year;
    if (relation.equals("this")) {
      year = dct.year();
    } else if (relation.equals("last") || relation.equals("previous") || relation.equals("past")) {
      year = m < dm ? dct.year() : dct.year() - 1;
    } else if (relation.equals("next") || relation.equals("coming")) {
      year = m > dm ? dct.year() : dct.year() + 1;
    } else if (!relation.isEmpty()) {
      return;
    } else if (c.futureInPast && SINCE.matcher(before(text, c, 10)).find()) {
      year = m <= dm ? dct.year() : dct.year() - 1; // "since March" has begun
    } else if (byTense
        ? DEADLINE.matcher(before(text, c, 20)).find()
            || tense(text, c) == Tense.FUTURE
            || tense(text, c) == Tense.NONE && futureContext(text, c)
        : futureContext(text, c)) {
      year = m >= dm ? dct.year() : dct.year() + 1;
    } else {
      // The nearest such month: news speaks of the recent past and the near future alike.
      int ahead = Math.floorMod(m - dm, 12);
      year =
          ahead == 0
              ? dct.year()
              : ahead <= NEAR_FUTURE_MONTHS
                  ? dct.year() + (m < dm ? 1 : 0)
                  : dct.year() - (m > dm ? 1 : 0);
    }
    String value = String.format(Locale.ROOT, "%04d", year) + v.group(2);
    if (validDate(value)) {
      c.value = value;
    }
  }

  /** What the document has said so far that later expressions may refer back to. */
  private static final class Context {
    String quarter;
    String year;
    String last;

    /**
     * Notes {@code c}; with a document date, a quarter is under discussion once it has ended or
     * when a past-tense sentence reports on it (a fiscal quarter may end before the calendar one).
     */
    void remember(String text, Cand c, PartialDate dct) {
      if (c.value == null) {
        return;
      }
      if (c.value.matches("\\d{4}-Q\\d")
          && ORDINAL_QUARTER.matcher(textOf(text, c)).find()
          && (dct == null || quarterEnded(c.value, dct) || tense(text, c) == Tense.PAST)
          && (dct == null || quarter == null || c.value.compareTo(quarter) > 0)) {
        quarter = c.value; // an earlier quarter ("after a flat second quarter") is not the focus
      }
      if (c.value.matches("\\d{4}.*") && c.type.equals("DATE")) {
        year = c.value.substring(0, 4);
        last = c.value;
      }
    }
  }

  private static void anaphoricUnit(String text, Cand c, Context ctx) {
    Matcher m = ANAPHORIC.matcher(textOf(text, c));
    if (!m.matches() || ctx.last == null) {
      return;
    }
    int step = m.group(1).toLowerCase(Locale.ROOT).matches("following|subsequent") ? 1 : -1;
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    Matcher day = FULL_DATE.matcher(ctx.last);
    String value = null;
    if (unit.equals("year")) {
      value = String.format(Locale.ROOT, "%04d", Integer.parseInt(ctx.last.substring(0, 4)) + step);
    } else if (unit.equals("month") && ctx.last.matches("\\d{4}-\\d{2}.*")) {
      value =
          YearMonth.of(
                  Integer.parseInt(ctx.last.substring(0, 4)),
                  Integer.parseInt(ctx.last.substring(5, 7)))
              .plusMonths(step)
              .toString();
    } else if (day.matches() && validDate(ctx.last.substring(0, 10))) {
      LocalDate base = LocalDate.parse(ctx.last.substring(0, 10));
      if (unit.equals("day")) {
        value = base.plusDays(step).toString();
      } else if (!unit.equals("month")) {
        DayOfWeek w = dayOf(unit);
        value =
            (step > 0
                    ? base.with(TemporalAdjusters.next(w))
                    : base.with(TemporalAdjusters.previous(w)))
                .toString();
      }
    }
    if (value != null) {
      c.type = "DATE";
      c.value = value;
    }
  }

  private static void yearAnaphora(String text, Cand c, PartialDate dct, Context ctx) {
    String s = textOf(text, c).toLowerCase(Locale.ROOT);
    if (!s.matches("(a |the )?year")) {
      return;
    }
    Matcher end = YEAR_END.matcher(text.substring(c.end));
    String before = before(text, c, 12).toLowerCase(Locale.ROOT);
    if (end.lookingAt() && !s.startsWith("a ")) {
      c.end += end.end();
      c.type = "DATE";
      c.value = String.format(Locale.ROOT, "%04d", dct.year());
    } else if (s.equals("year") && before.matches(".*\\b(that|the same) $") && ctx.year != null) {
      c.start -= before.length() - before.lastIndexOf(before.endsWith("same ") ? "the" : "that");
      c.type = "DATE";
      c.value = ctx.year;
    }
  }

  private static void fiscalQuarter(String text, Cand c, PartialDate dct, Context ctx) {
    String s = textOf(text, c).toLowerCase(Locale.ROOT);
    String focus = ctx.quarter != null ? ctx.quarter : previousQuarter(dct);
    String sentence = sentenceAround(text, c).toLowerCase(Locale.ROOT);
    boolean aboutQuarters = sentence.contains("quarter") || sentence.contains("period");
    Matcher ago = YEAR_AGO.matcher(text.substring(c.end));
    if (s.matches("(the |a )?(comparable )?year") && ago.lookingAt()) {
      c.end += ago.end();
      c.type = "DATE";
      c.value = aboutQuarters || ago.group(1) != null ? yearBefore(focus) : yearBefore(dct);
    } else if (s.matches("\\d{4}")
        && ctx.quarter != null
        && PERIOD.matcher(text.substring(c.end)).lookingAt()
        && before(text, c, 4).equalsIgnoreCase("the ")) {
      c.start -= 4;
      c.end += PERIOD.matcher(text.substring(c.end)).results().findFirst().get().end();
      c.value = MONTH_SPAN.matcher(sentence).find() ? s : s + ctx.quarter.substring(4);
    } else if (ctx.quarter != null && YEAR_PERIOD.matcher(s).matches()) {
      // "the 1988 quarter": that year's quarter under discussion, or the span of months the
      // sentence compares ("the first nine months ... the 1988 period").
      Matcher y = YEAR_PERIOD.matcher(s);
      y.matches();
      c.type = "DATE";
      c.value = MONTH_SPAN.matcher(sentence).find() ? y.group(1) : y.group(1) + focus.substring(4);
    } else if (QUARTER_YEAR_BEFORE.matcher(s).matches()) {
      c.type = "DATE";
      c.value = yearBefore(focus);
    } else if (LATEST_QUARTER.matcher(s).matches() || PERIOD_PLACEHOLDER.equals(c.value)) {
      c.type = "DATE";
      c.value = focus;
    } else if ((aboutQuarters || ctx.quarter != null) && s.matches("a year (ago|earlier)")
        || aboutQuarters && s.equals("last year")) {
      c.type = "DATE";
      c.value = yearBefore(focus);
    }
  }

  private static void yearEnded(String text, Cand c) {
    if (textOf(text, c).matches("(?i)the (fiscal |financial )?year")
        && YEAR_ENDED_AFTER
            .matcher(text.substring(c.end, Math.min(text.length(), c.end + 12)))
            .find()) {
      c.type = "DURATION";
      c.value = "P1Y";
    }
  }

  private static void holiday(String text, Cand c, LocalDate dct) {
    String s = textOf(text, c);
    Matcher d = FULL_DATE.matcher(c.value);
    Matcher h = HOLIDAY.matcher(s);
    if (!h.find()
        || !d.matches()
        || YEAR_IN_TEXT.matcher(s).find()
        || RELATIVE_WORD.matcher(s).find()
        || !d.group(4).isEmpty()) {
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(d.group(1) + "-" + d.group(2) + "-" + d.group(3));
    } catch (java.time.format.DateTimeParseException e) {
      return;
    }
    if (date.isAfter(dct.plusDays(HOLIDAY_AHEAD_DAYS)) && tense(text, c) != Tense.FUTURE) {
      String name = h.group(1).toLowerCase(Locale.ROOT);
      LocalDate before = date.minusYears(1);
      if (name.equals("easter")) {
        return; // a moving feast: the year before is not found by counting weekdays
      } else if (name.equals("memorial day")) {
        before = before.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      } else if (name.equals("thanksgiving") || name.equals("labor day")) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        before = before.with(TemporalAdjusters.dayOfWeekInMonth(nth, date.getDayOfWeek()));
      }
      c.value = before.toString();
    }
  }

  private static void weekend(String text, Cand c, LocalDate dct) {
    Matcher v = WEEKEND_VALUE.matcher(c.value);
    if (!WEEKEND_TEXT.matcher(textOf(text, c)).matches()
        || !v.matches()
        || dct.getDayOfWeek().getValue() > DayOfWeek.TUESDAY.getValue()
        || tense(text, c) == Tense.FUTURE) {
      return;
    }
    LocalDate monday =
        dct.with(IsoFields.WEEK_BASED_YEAR, Integer.parseInt(v.group(1)))
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.group(2)))
            .with(DayOfWeek.MONDAY);
    // The tagger names the weekend of the document's week, which is still to come.
    if (!monday.isAfter(dct) && !dct.isAfter(monday.plusDays(1))) {
      LocalDate last = monday.minusWeeks(1);
      c.value = isoWeek(last) + "-WE";
    }
  }

  private static void quarterYear(String text, Cand c, PartialDate dct) {
    Matcher q = QUARTER_VALUE.matcher(c.value);
    String s = textOf(text, c);
    if (!q.matches()
        || Integer.parseInt(q.group(1)) <= dct.year()
        || YEAR_IN_TEXT.matcher(s).find()
        || RELATIVE_WORD.matcher(s).find()
        || tense(text, c) == Tense.FUTURE) {
      return;
    }
    int n = Integer.parseInt(q.group(2));
    int current = (dct.month() - 1) / 3 + 1;
    c.value = (n <= current ? dct.year() : dct.year() - 1) + "-Q" + n;
  }

  /** Whether quarter {@code q} ("2024-Q3") ends before the document date. */
  private static boolean quarterEnded(String q, PartialDate dct) {
    int year = Integer.parseInt(q.substring(0, 4));
    int last = Integer.parseInt(q.substring(6)) * 3;
    return year < dct.year() || year == dct.year() && last < dct.month();
  }

  private static String previousQuarter(PartialDate dct) {
    int q = (dct.month() - 1) / 3;
    return q == 0 ? (dct.year() - 1) + "-Q4" : dct.year() + "-Q" + q;
  }

  private static String yearBefore(String quarter) {
    return (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
  }

  private static String yearBefore(PartialDate dct) {
    return String.format(Locale.ROOT, "%04d", dct.year() - 1);
  }

  /** The tense of the sentence around the expression. */
  private static Tense tense(String text, Cand c) {
    return ClauseTense.of(text, c.start, c.end, c.futureInPast);
  }

  private static boolean futureContext(String text, Cand c) {
    return ClauseTense.futureContext(text, c.start);
  }

  private static String sentenceAround(String text, Cand c) {
    return ClauseTense.sentenceAround(text, c.start, c.end);
  }

  private static boolean validDate(String v) {
    Matcher d = FULL_DATE.matcher(v);
    if (!d.matches()) {
      return true;
    }
    try {
      PartialDate.parse(d.group(1) + "-" + d.group(2) + "-" + d.group(3));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
