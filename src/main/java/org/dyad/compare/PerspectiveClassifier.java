package org.dyad.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.extract.ArticleContext;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.nlp.Resources;

/**
 * Tells whose narrative an article mostly carries, from whose voices it quotes and how much, who it
 * casts as the agent of hostile acts, the evaluative words it puts next to each side and the
 * country its outlet is based in.
 */
public final class PerspectiveClassifier {

  /** Below this balance an article carries both sides, or neither. */
  static final double MARGIN = 0.2;

  /** Events at or below this Goldstein value are hostile acts (sanctions, coercion, force). */
  static final double HOSTILE = -4.0;

  private record Cue(Pattern pattern, int polarity, String phrase) {}

  private final List<Cue> cues = new ArrayList<>();
  private final Map<String, Double> goldstein;

  /**
   * @param goldstein the Goldstein value of each CAMEO code seen in the corpus
   */
  public PerspectiveClassifier(Map<String, Double> goldstein) {
    this.goldstein = goldstein;
    for (String[] f : Resources.tsv("/dyad/evaluative.tsv", 2)) {
      String phrase = f[0].toLowerCase(Locale.ROOT);
      String regex =
          "\\b" + Pattern.quote(phrase.replace("*", "")) + (phrase.endsWith("*") ? "\\w*" : "\\b");
      cues.add(
          new Cue(
              Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Integer.parseInt(f[1]), phrase));
    }
  }

  /** One pattern matching any evaluative phrase, for sentences that need a parse to aim it. */
  public static Pattern evaluativePhrases() {
    List<String> alternatives = new java.util.ArrayList<>();
    for (String[] f : Resources.tsv("/dyad/evaluative.tsv", 2)) {
      String phrase = f[0].toLowerCase(Locale.ROOT);
      alternatives.add(
          Pattern.quote(phrase.replace("*", "")) + (phrase.endsWith("*") ? "\\w*" : "\\b"));
    }
    return Pattern.compile(
        "\\b(?:" + String.join("|", alternatives) + ")", Pattern.CASE_INSENSITIVE);
  }

  /** The perspective of one article. */
  public Perspective classify(
      ArticleContext ctx,
      List<Quote> quotes,
      List<EventMention> events,
      java.util.function.Function<String, String> personCountry,
      java.util.function.Function<Article, String> outletCountry) {
    List<String> pair = ctx.mainPair();
    String id = ctx.articleId();
    if (pair.size() < 2) {
      return new Perspective(
          id, "neutral", pair, 0, List.of("fewer than two countries"), List.of());
    }
    String a = pair.get(0);
    String b = pair.get(1);
    Map<String, Double> voice = new HashMap<>();
    Map<String, Double> blame = new HashMap<>();
    Map<String, Double> tone = new HashMap<>();
    List<String> reasons = new ArrayList<>();
    List<Span> evidence = new ArrayList<>();

    for (Quote q : quotes) {
      if (q.speaker() != null && q.speaker().country() != null) {
        boolean fragment = q.text().strip().split("\\s+").length < 6;
        double weight = Math.sqrt(q.text().length()) * (fragment ? 0.3 : 1.0);
        voice.merge(q.speaker().country(), weight, Double::sum);
        evidence.add(q.span());
      }
    }
    for (EventMention m : events) {
      double g = goldstein.getOrDefault(m.cameo(), 0.0);
      if (g <= HOSTILE && m.source().actor().country() != null) {
        blame.merge(m.source().actor().country(), -g, Double::sum);
      }
    }
    String text = ctx.text();
    for (int si = 0; si < ctx.sentenceCount(); si++) {
      Sentence s = ctx.graph(si).sentence();
      String sentence = s.span().of(text);
      for (Cue c : cues) {
        Matcher m = c.pattern().matcher(sentence);
        while (m.find()) {
          int at = s.span().start() + m.start();
          String side = evaluatedSide(ctx, si, at, a, b, personCountry);
          if (side != null) {
            tone.merge(side, (double) c.polarity(), Double::sum);
            if (c.polarity() < 0 && evidence.size() < 12) {
              evidence.add(new Span(at, at + m.group().length()));
            }
          }
        }
      }
    }
    double voiceA = voice.getOrDefault(a, 0.0);
    double voiceB = voice.getOrDefault(b, 0.0);
    double voiceBalance = balance(voiceA, voiceB);
    double blameBalance = balance(blame.getOrDefault(b, 0.0), blame.getOrDefault(a, 0.0));
    double toneBalance = balance(tone.getOrDefault(a, 0.0) + 10, tone.getOrDefault(b, 0.0) + 10);
    String outlet = outletCountry.apply(ctx.annotated().article());
    double outletBalance = a.equals(outlet) ? 1 : b.equals(outlet) ? -1 : 0;
    double score =
        0.3 * voiceBalance
            + 0.25 * blameBalance
            + 0.45 * Math.max(-1, Math.min(1, 4 * toneBalance))
            + 0.3 * outletBalance;
    if (outlet != null) {
      reasons.add("outlet's country: " + outlet);
    }
    reasons.add(
        String.format(Locale.ROOT, "voices quoted: %s %.0f, %s %.0f", a, voiceA, b, voiceB));
    reasons.add(
        String.format(
            Locale.ROOT,
            "hostile acts attributed: %s %.1f, %s %.1f",
            a,
            blame.getOrDefault(a, 0.0),
            b,
            blame.getOrDefault(b, 0.0)));
    reasons.add(
        String.format(
            Locale.ROOT,
            "evaluative words: %s %+.0f, %s %+.0f",
            a,
            tone.getOrDefault(a, 0.0),
            b,
            tone.getOrDefault(b, 0.0)));
    String label;
    if (Math.abs(score) >= MARGIN) {
      label = score > 0 ? a : b;
    } else if (voiceA > 0
        && voiceB > 0
        && Math.min(voiceA, voiceB) >= 0.4 * Math.max(voiceA, voiceB)) {
      label = "both";
    } else {
      label = "neutral";
    }
    return new Perspective(id, label, pair, score, reasons, evidence);
  }

  /** In [-1, 1]: positive when {@code x} outweighs {@code y}. */
  private static double balance(double x, double y) {
    return x + y == 0 ? 0 : (x - y) / (x + y);
  }

  /**
   * The side an evaluative word at {@code at} judges: the pair country, nationality or person (with
   * the country the article gives them) named closest to it, not counting the subject of its
   * clause, who does the judging ("Baku denounced Moscow's imperial tone") unless the word is part
   * of that subject ("his condescending remarks sparked outrage in Baku").
   */
  private static String evaluatedSide(
      ArticleContext ctx,
      int si,
      int at,
      String a,
      String b,
      java.util.function.Function<String, String> personCountry) {
    org.dyad.extract.SentenceGraph g = ctx.graph(si);
    Span sentence = g.sentence().span();
    Span subject = null;
    int token = g.tokenAt(at);
    int verb = token;
    for (int hops = 0;
        hops < 12
            && verb >= 0
            && (!g.pos(verb).startsWith("VB")
                || org.dyad.extract.SentenceGraph.is(g.relationToParent(verb), "acl"));
        hops++) {
      verb = g.head(verb);
    }
    if (verb >= 0 && !g.pos(verb).startsWith("VB")) {
      verb = -1;
    }
    if (verb >= 0) {
      java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
      for (int subj : g.children(verb, "nsubj")) {
        all.addAll(g.subtree(subj, r -> !r.equals("punct")));
      }
      if (!all.isEmpty()) {
        subject = g.span(all);
      }
    }
    boolean insideSubject = subject != null && subject.start() <= at && at < subject.end();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EntityMention e : ctx.annotated().entities()) {
      if (!sentence.contains(e.span())) {
        continue;
      }
      if (subject != null && subject.contains(e.span()) != insideSubject) {
        continue;
      }
      String side =
          e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY
              ? e.normalized()
              : e.type() == EntityType.PERSON ? personCountry.apply(e.text()) : null;
      if (!(a.equals(side) || b.equals(side))) {
        continue;
      }
      int d = Math.abs(e.span().start() - at);
      if (d < bestDistance) {
        bestDistance = d;
        best = side;
      }
    }
    return best;
  }
}
