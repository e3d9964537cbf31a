package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SUTime on the sentences that can hold a time expression only: those with a month, weekday,
 * time-unit or deictic word, a year-like number or a clock time. The others cannot yield a TIMEX3,
 * and skipping them saves most of SUTime's cost on long documents.
 */
public final class SelectiveTimeAnnotator implements Annotator {

  private static final Pattern NUMBERISH =
      Pattern.compile("\\d{4}s?|\\d{1,2}[:./-]\\d{1,2}.*|'\\d0s");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "jan",
          "january",
          "feb",
          "february",
          "mar",
          "march",
          "apr",
          "april",
          "may",
          "jun",
          "june",
          "jul",
          "july",
          "aug",
          "august",
          "sep",
          "sept",
          "september",
          "oct",
          "october",
          "nov",
          "november",
          "dec",
          "december",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "now",
          "ago",
          "day",
          "days",
          "week",
          "weeks",
          "weekend",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "century",
          "centuries",
          "hour",
          "hours",
          "minute",
          "minutes",
          "second",
          "seconds",
          "morning",
          "afternoon",
          "evening",
          "night",
          "noon",
          "midnight",
          "quarter",
          "quarters",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "season",
          "recently",
          "currently",
          "current",
          "earlier",
          "later",
          "last",
          "next",
          "past",
          "future",
          "annual",
          "annually",
          "daily",
          "weekly",
          "monthly",
          "yearly",
          "once",
          "twice",
          "eve",
          "christmas",
          "easter",
          "ramadan",
          "period",
          "time",
          "times",
          "era",
          "previously",
          "soon",
          "present",
          "fiscal",
          "semester",
          "overnight",
          "hourly",
          "lately",
          "nowadays",
          "dawn",
          "dusk");

  private final TimeAnnotator sutime;

  public SelectiveTimeAnnotator(String name, Properties props) {
    this.sutime = new TimeAnnotator(name, props);
  }

  static boolean mayHoldTime(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (TIME_WORDS.contains(w) || NUMBERISH.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void annotate(Annotation doc) {
    List<CoreMap> selected = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (mayHoldTime(s)) {
        selected.add(s);
        tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, selected);
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    if (!selected.isEmpty()) {
      sutime.annotate(part);
    }
    List<CoreMap> found = part.get(TimeAnnotations.TimexAnnotations.class);
    doc.set(TimeAnnotations.TimexAnnotations.class, found == null ? new ArrayList<>() : found);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return sutime.requirementsSatisfied();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return sutime.requires();
  }
}
