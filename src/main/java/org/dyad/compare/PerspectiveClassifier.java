package org.dyad.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.EventMention;
import org.dyad.model.Perspective;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.nlp.Gazetteer;

/**
 * Tells whose narrative an article carries on a country pair: one side's, both sides' (it carries
 * both accounts substantially) or neither (it carries no account of either side). Its features are
 * whose voices the article quotes and who speaks first, who it casts as the agent of hostile acts,
 * the negative and positive words (from the VADER lexicon) it aims at each side, the country of its
 * outlet (by name or web domain) and of its dateline, and which side its headline names first; the
 * {@link PerspectiveModel} weighs them.
 */
public final class PerspectiveClassifier {

  /** Events at or below this Goldstein value are hostile acts (sanctions, coercion, force). */
  static final double HOSTILE = -4.0;

  /** Quoted words that count as one voice unit. */
  static final double WORDS_PER_VOICE = 20.0;

  /**
   * The voice units (of {@link #WORDS_PER_VOICE} words) added to both sides' voices when measuring
   * their evenness, so that a few words of each side are not yet two accounts carried.
   */
  static final double EVENNESS_PRIOR = 2.0;

  /**
   * How much each quote of the pair's speakers counts in the order of voices next to the one before
   * it: the first counts 1, the second half as much, and so on.
   */
  static final double NEXT_VOICE = 0.5;

  /**
   * The weight of no side's voice added to the order of voices, so that one remark of one side is
   * not the whole of it.
   */
  static final double ORDER_PRIOR = 0.5;

  private final ToDoubleFunction<String> goldstein;
  private final Gazetteer gazetteer;
  private final PerspectiveModel model;

  /**
   * @param goldstein the Goldstein value of a CAMEO code
   */
  public PerspectiveClassifier(ToDoubleFunction<String> goldstein, Gazetteer gazetteer) {
    this(goldstein, gazetteer, PerspectiveModel.load());
  }

  public PerspectiveClassifier(
      ToDoubleFunction<String> goldstein, Gazetteer gazetteer, PerspectiveModel model) {
    if (goldstein == null || gazetteer == null || model == null) {
      throw new IllegalArgumentException("goldstein, gazetteer and model are required");
    }
    this.goldstein = goldstein;
    this.gazetteer = gazetteer;
    this.model = model;
  }

  /** The valence of a word in the VADER lexicon (-4 to 4), 0 when it has none. */
  public static double valence(String word) {
    return org.dyad.nlp.Valence.of(word);
  }

  /** What the classifier measured on one side of the pair. */
  private static final class Side {
    double voice;
    int quotes;
    double hostile;
    int hostileActs;
    double negative;
    double positive;
    final List<String> negativeWords = new ArrayList<>();
  }

  /**
   * The perspective of one article on {@code pair}.
   *
   * @param quotes the article's quotes and attributed statements
   * @param events the article's event mentions, with canonical actors
   * @param personCountry the country the corpus gives a person's name, or null
   * @param datelineCountry the country of the article's dateline, or null
   */
  public Perspective classify(
      ArticleContext ctx,
      List<String> pair,
      List<Quote> quotes,
      List<EventMention> events,
      Function<String, String> personCountry,
      String datelineCountry) {
    String id = ctx.articleId();
    if (pair.size() != 2) {
      throw new IllegalArgumentException("pair must be two country codes: " + pair);
    }
    String a = pair.get(0);
    String b = pair.get(1);
    Map<String, Side> sides = new LinkedHashMap<>();
    sides.put(a, new Side());
    sides.put(b, new Side());
    List<Span> evidence = new ArrayList<>();

    String firstVoice = null;
    int firstAt = Integer.MAX_VALUE;
    for (Quote q : quotes) {
      Side s = q.speaker() == null ? null : sides.get(q.speaker().country());
      if (s == null) {
        continue;
      }
      s.voice += q.text().strip().split("\\s+").length / WORDS_PER_VOICE;
      s.quotes++;
      evidence.add(q.span());
      if (q.span().start() < firstAt) {
        firstAt = q.span().start();
        firstVoice = q.speaker().country();
      }
    }
    for (EventMention m : events) {
      double g = goldstein.applyAsDouble(m.cameo());
      Side s = m.source() == null ? null : sides.get(m.source().actor().country());
      if (g <= HOSTILE && s != null && !m.source().actor().country().equals(targetOf(m))) {
        s.hostile += -g / 10;
        s.hostileActs++;
      }
    }
    String text = ctx.text();
    QuotesByOffset quoted = new QuotesByOffset(quotes);
    for (int si = 0; si < ctx.sentenceCount(); si++) {
      SentenceGraph g = ctx.graph(si);
      for (int k = 0; k < g.size(); k++) {
        if (g.pos(k).startsWith("VB")) {
          continue;
        }
        double v = valence(g.word(k));
        if (v == 0) {
          continue;
        }
        int at = g.token(k).span().start();
        String voiced = voiceAt(quoted, at, a, b);
        String side =
            voiced != null
                ? (voiced.equals(a) ? b : a)
                : evaluatedSide(ctx, si, at, a, b, personCountry);
        Side s = sides.get(side);
        if (s == null) {
          continue;
        }
        if (v < 0) {
          s.negative += -v;
          if (s.negativeWords.size() < 4 && !s.negativeWords.contains(g.word(k))) {
            s.negativeWords.add(g.word(k));
          }
          if (evidence.size() < 24) {
            evidence.add(g.token(k).span());
          }
        } else {
          s.positive += v;
        }
      }
    }
    Article article = ctx.annotated().article();
    String outlet = outletCountry(article);
    String headlineSide = headlineSide(ctx, a, b);
    Side sa = sides.get(a);
    Side sb = sides.get(b);

    Map<String, Double> f = new LinkedHashMap<>();
    f.put("voice", (sa.voice - sb.voice) / (sa.voice + sb.voice + 1));
    f.put("first_voice", voiceOrder(quotes, a, b));
    f.put("hostile_acts", (sb.hostile - sa.hostile) / (sa.hostile + sb.hostile + 1));
    f.put("negative_words", (sb.negative - sa.negative) / (sa.negative + sb.negative + 2));
    f.put("positive_words", (sa.positive - sb.positive) / (sa.positive + sb.positive + 2));
    f.put("outlet", sign(outlet, a, b));
    f.put("dateline", sign(datelineCountry, a, b));
    f.put("headline", sign(headlineSide, a, b));
    f.put("voice_evenness", evenness(sa.voice, sb.voice));
    f.put("outlet_against_voice", Math.max(0, -f.get("outlet") * f.get("voice")));
    f.put(
        "third_outlet_balance",
        outlet != null && sign(outlet, a, b) == 0 ? 1 - Math.abs(f.get("voice")) : 0.0);
    boolean anything =
        sa.quotes + sb.quotes + sa.hostileActs + sb.hostileActs > 0
            || sa.negative + sb.negative + sa.positive + sb.positive > 0
            || sign(outlet, a, b) != 0
            || sign(datelineCountry, a, b) != 0
            || headlineSide != null;
    f.put("evidence", anything ? 1.0 : 0.0);

    List<String> reasons = new ArrayList<>();
    String label;
    double score = model.sideScore(f);
    if (!anything) {
      label = "neutral";
      reasons.add(
          "it carries neither side's account: it quotes neither "
              + name(a)
              + " nor "
              + name(b)
              + ", and names no hostile act or judgement of either");
    } else {
      label =
          switch (model.decide(f)) {
            case FIRST -> a;
            case SECOND -> b;
            case BOTH -> "both";
          };
      reasons.add(
          switch (label) {
            case "both" -> "it carries both sides' accounts substantially";
            default -> "it mostly carries " + name(label) + "'s account";
          });
    }
    if (anything) {
      reasons.add(voices(a, sa, b, sb));
      if (firstVoice != null) {
        reasons.add("the first voice it quotes is " + name(firstVoice) + "'s");
      }
      reasons.add(hostile(a, sa, b, sb));
      reasons.add(words(a, sa, b, sb));
    }
    if (outlet != null) {
      reasons.add("its outlet is based in " + name(outlet));
    }
    if (datelineCountry != null) {
      reasons.add("its dateline is in " + name(datelineCountry));
    }
    if (headlineSide != null) {
      reasons.add("its headline names " + name(headlineSide) + " first");
    }
    return new Perspective(id, label, pair, Math.max(-1, Math.min(1, score)), reasons, evidence, f);
  }

  /**
   * How evenly the two sides are heard, in [0, 1): twice the smaller side's voice over both sides'
   * voices plus {@link #EVENNESS_PRIOR}, voices in units of {@link #WORDS_PER_VOICE} quoted words.
   */
  static double evenness(double voiceA, double voiceB) {
    return 2 * Math.min(voiceA, voiceB) / (voiceA + voiceB + EVENNESS_PRIOR);
  }

  /**
   * Which side's voices open the article, in [-1, 1]: the quotes of the pair's speakers in the
   * article's order, the first weighing 1 and each next one {@link #NEXT_VOICE} times the one
   * before, +1 for {@code a}'s and -1 for {@code b}'s, over the sum of the weights plus {@link
   * #ORDER_PRIOR}. A lone first statement of one side followed by several of the other's weighs
   * little; 0 without any.
   */
  static double voiceOrder(List<Quote> quotes, String a, String b) {
    List<Quote> voiced = new ArrayList<>();
    for (Quote q : quotes) {
      String c = q.speaker() == null ? null : q.speaker().country();
      if (a.equals(c) || b.equals(c)) {
        voiced.add(q);
      }
    }
    voiced.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
    double sum = 0;
    double weights = 0;
    double w = 1;
    for (Quote q : voiced) {
      sum += w * sign(q.speaker().country(), a, b);
      weights += w;
      w *= NEXT_VOICE;
    }
    return weights == 0 ? 0.0 : sum / (weights + ORDER_PRIOR);
  }

  /**
   * The side whose speaker says the words at {@code at}, when they are inside a quote of one of the
   * pair's speakers: their judgements are aimed at the other side.
   */
  private static String voiceAt(QuotesByOffset quotes, int at, String a, String b) {
    Quote q = quotes.at(at);
    if (q == null) {
      return null;
    }
    String c = q.speaker().country();
    return a.equals(c) || b.equals(c) ? c : null;
  }

  private static String targetOf(EventMention m) {
    return m.target() == null ? null : m.target().actor().country();
  }

  private static double sign(String country, String a, String b) {
    return a.equals(country) ? 1.0 : b.equals(country) ? -1.0 : 0.0;
  }

  private String name(String code) {
    var names = gazetteer.names(code);
    return names.isEmpty() ? code : names.iterator().next();
  }

  private String voices(String a, Side sa, String b, Side sb) {
    return "it quotes " + times(name(a), sa.quotes) + " and " + times(name(b), sb.quotes);
  }

  private static String times(String who, int n) {
    return n == 0 ? who + " not at all" : who + (n == 1 ? " once" : " " + n + " times");
  }

  private String hostile(String a, Side sa, String b, Side sb) {
    return "it casts "
        + name(a)
        + " as the agent of "
        + acts(sa.hostileActs)
        + " and "
        + name(b)
        + " of "
        + acts(sb.hostileActs);
  }

  private static String acts(int n) {
    return n == 0 ? "no hostile act" : n == 1 ? "one hostile act" : n + " hostile acts";
  }

  private String words(String a, Side sa, String b, Side sb) {
    return "negative words aimed at "
        + name(a)
        + ": "
        + listed(sa)
        + "; at "
        + name(b)
        + ": "
        + listed(sb);
  }

  private static String listed(Side s) {
    return s.negativeWords.isEmpty()
        ? "none"
        : String.format(
            Locale.ROOT,
            "%.0f (%s)",
            s.negative,
            "\u201c" + String.join("\u201d, \u201c", s.negativeWords) + "\u201d");
  }

  /**
   * The country whose media an article is: the agency or outlet whose copy it carries, else its
   * outlet's, else its web address's (see {@link Gazetteer#articleCountry}); null when none tells.
   */
  public String outletCountry(Article article) {
    return gazetteer.articleCountry(article).orElse(null);
  }

  /**
   * The side the headline names first: the title's first country, nationality or metonym of the
   * pair, else, for an article without a title, its first line's when that line is short.
   */
  private String headlineSide(ArticleContext ctx, String a, String b) {
    String title = ctx.annotated().article().title();
    if (title == null) {
      String text = ctx.text();
      int end = text.indexOf('\n');
      String first = end < 0 ? text : text.substring(0, end);
      if (first.strip().split("\\s+").length > 25) {
        return null;
      }
      title = first;
    }
    for (EntityMention e : gazetteer.find(title)) {
      if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY)
          && (a.equals(e.normalized()) || b.equals(e.normalized()))) {
        return e.normalized();
      }
    }
    return null;
  }

  /**
   * The side an evaluative word at {@code at} judges: the pair country, nationality or person (with
   * the country the article gives them) named closest to it, not counting the subject of its
   * clause, who does the judging ("Baku denounced Moscow's imperial tone") unless the word is part
   * of that subject ("his condescending remarks sparked outrage in Baku"). Without a parse of the
   * sentence, the closest one.
   */
  private static String evaluatedSide(
      ArticleContext ctx,
      int si,
      int at,
      String a,
      String b,
      Function<String, String> personCountry) {
    SentenceGraph g = ctx.graph(si);
    Span sentence = g.sentence().span();
    Span subject = null;
    int token = g.tokenAt(at);
    int verb = token;
    for (int hops = 0;
        hops < 12
            && verb >= 0
            && (!g.pos(verb).startsWith("VB") || SentenceGraph.is(g.relationToParent(verb), "acl"));
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
    for (EntityMention e : ctx.entitiesWithin(sentence)) {
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
