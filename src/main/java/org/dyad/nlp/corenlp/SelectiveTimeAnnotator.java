package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SUTime on the parts of sentences that can hold a time expression only: the tokens around a month,
 * weekday, time-unit or deictic word, a year-like number or a clock time. The rest cannot yield a
 * TIMEX3, and skipping it saves most of SUTime's cost on long documents.
 */
public final class SelectiveTimeAnnotator implements Annotator {

  private static final Pattern NUMBERISH =
      Pattern.compile("(?:[a-z]+-)?\\d{4}s?|\\d{1,2}[:./-]\\d{1,2}.*|'\\d0s");
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
          "seconds",
          "morning",
          "afternoon",
          "evening",
          "night",
          "noon",
          "midnight",
          "quarter",
          "quarters",
          "quarterly",
          "yr",
          "yrs",
          "hr",
          "hrs",
          "mth",
          "mths",
          "wk",
          "wks",
          "semi-annual",
          "semiannual",
          "biweekly",
          "biannual",
          "biennial",
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
  private final int window;
  private final int after;

  /**
   * @param props CoreNLP properties; {@code NAME.window} sets how many tokens before a time word
   *     SUTime sees (default 6; 0 gives it whole sentences), {@code NAME.windowAfter} how many
   *     after it (default 2: what follows a time word is mostly another one, "March 5, 2025")
   */
  public SelectiveTimeAnnotator(String name, Properties props) {
    this.sutime = new TimeAnnotator(name, props);
    this.window = Integer.parseInt(props.getProperty(name + ".window", "6"));
    this.after = Integer.parseInt(props.getProperty(name + ".windowAfter", "2"));
  }

  private static boolean timeWord(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (w.length() > 1 && w.endsWith(".")) {
      w = w.substring(0, w.length() - 1); // an abbreviation: "Oct.", "Sept.", "hrs."
    }
    return TIME_WORDS.contains(w) || NUMBERISH.matcher(w).matches();
  }

  static boolean mayHoldTime(CoreMap sentence) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (timeWord(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void annotate(Annotation doc) {
    List<CoreMap> selected = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreMap piece : pieces(s, text)) {
        selected.add(piece);
        tokens.addAll(piece.get(CoreAnnotations.TokensAnnotation.class));
      }
    }
    Annotation part = new Annotation(text);
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

  /**
   * The parts of a sentence SUTime needs to see: the stretches from {@code window} tokens before to
   * {@code after} tokens after each time word, merged where they touch; the whole sentence when the
   * window is 0; nothing when it has no time word. SUTime's cost grows with the tokens it matches
   * its rules against.
   */
  private List<CoreMap> pieces(CoreMap sentence, String text) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!timeWord(tokens.get(i))) {
        continue;
      }
      if (window == 0) {
        out.add(sentence);
        return out;
      }
      int from = Math.max(0, i - window);
      int to = Math.min(tokens.size(), i + after + 1);
      if (start >= 0 && from <= end) {
        end = Math.max(end, to);
      } else {
        if (start >= 0) {
          out.add(piece(sentence, tokens, start, end, text));
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      out.add(piece(sentence, tokens, start, end, text));
    }
    return out;
  }

  private static CoreMap piece(
      CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    if (from == 0 && to == tokens.size()) {
      return sentence;
    }
    CoreMap piece = new ArrayCoreMap();
    List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    piece.set(CoreAnnotations.TokensAnnotation.class, part);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (index != null) {
      piece.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    }
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (tokenBegin != null) {
      piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
      piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
    }
    return piece;
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return sutime.requirementsSatisfied();
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's Annotator interface declares the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return sutime.requires();
  }
}
