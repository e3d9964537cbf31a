package org.dyad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.extract.ArticleContext;
import org.dyad.extract.SentenceGraph;
import org.dyad.model.Actor;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Quote;
import org.dyad.nlp.Gazetteer;

/**
 * Gives the speakers of an article's quotes whom the text leaves without a country the one the
 * article implies: the country of the outlet they spoke to, of the pair country acting in their
 * sentence, or of the article's dateline or outlet.
 */
final class SpeakerCountries {

  /** Roles of officials, who speak for the state they serve. */
  private static final Set<String> OFFICIAL_ROLES =
      Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

  private final Gazetteer gazetteer;
  private final ArticleOrigin origin;

  SpeakerCountries(Gazetteer gazetteer, ArticleOrigin origin) {
    this.gazetteer = gazetteer;
    this.origin = origin;
  }

  /**
   * An article's quotes with the countries their speakers can be given from outlets or dateline.
   */
  List<Quote> of(ArticleContext ctx, List<Quote> found) {
    return withHomeCountries(withActingCountries(ctx, withOutletCountries(found)), List.of(ctx));
  }

  /**
   * Officials quoted without a country in a sentence where one country of the pair, and only one,
   * is the subject of a verb speak for that country: "Azerbaijan has detained X, the prosecutor
   * general said".
   */
  private static List<Quote> withActingCountries(ArticleContext ctx, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      boolean official =
          s != null && s.country() == null && s.role() != null && OFFICIAL_ROLES.contains(s.role());
      String c = official ? actingCountry(ctx, q.span().start()) : null;
      out.add(c == null ? q : withSpeakerCountry(q, c));
    }
    return out;
  }

  /** The one pair country that is the subject of a verb in the sentence at {@code offset}. */
  private static String actingCountry(ArticleContext ctx, int offset) {
    int s = ctx.sentenceAt(offset);
    SentenceGraph g = ctx.graph(s);
    Set<String> acting = new HashSet<>();
    for (int t = 0; t < g.size(); t++) {
      if (!g.pos(t).startsWith("VB")) {
        continue;
      }
      for (int subject : g.children(t, "nsubj")) {
        EntityMention e = ctx.entity(s, subject);
        if (e != null
            && e.type() == EntityType.COUNTRY
            && ctx.mainPair().contains(e.normalized())) {
          acting.add(e.normalized());
        }
      }
    }
    return acting.size() == 1 ? acting.iterator().next() : null;
  }

  /**
   * Quotes whose speaker the text gives no country: an outlet speaking ("Kommersant claims") takes
   * its own country, a person the country of the outlet they spoke to ("in an interview with
   * Report.az"), in every quote of theirs in the article.
   */
  private List<Quote> withOutletCountries(List<Quote> quotes) {
    Map<String, String> learned = new HashMap<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      if (s == null || s.country() != null) {
        continue;
      }
      String c = gazetteer.knownOutletCountry(s.name()).orElse(null);
      if (c == null && q.via() != null) {
        c = gazetteer.knownOutletCountry(q.via()).orElse(null);
      }
      if (c != null) {
        learned.putIfAbsent(s.name(), c);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      String c = s == null || s.country() != null ? null : learned.get(s.name());
      out.add(c == null ? q : withSpeakerCountry(q, c));
    }
    return out;
  }

  /**
   * Officials quoted without a country ("National Security Adviser X said") serve the state the
   * article is reported from: its dateline's capital, else its outlet's country, when that is one
   * of the two countries the article is about.
   */
  private List<Quote> withHomeCountries(List<Quote> quotes, List<ArticleContext> contexts) {
    Map<String, String> home = new HashMap<>();
    for (ArticleContext ctx : contexts) {
      String c = origin.datelineCountry(ctx.annotated());
      if (c == null) {
        c = origin.outletCountry(ctx.annotated().article());
      }
      if (c != null && ctx.mainPair().contains(c)) {
        home.put(ctx.articleId(), c);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Actor s = q.speaker();
      String c = home.get(q.articleId());
      boolean official =
          s != null && s.country() == null && s.role() != null && OFFICIAL_ROLES.contains(s.role());
      out.add(official && c != null ? withSpeakerCountry(q, c) : q);
    }
    return out;
  }

  private static Quote withSpeakerCountry(Quote q, String country) {
    Actor s = q.speaker();
    return new Quote(
        q.articleId(),
        q.span(),
        q.text(),
        new Actor(s.name(), country, s.role()),
        q.speakerSpan(),
        q.cue(),
        q.via(),
        q.direct(),
        q.provenance());
  }
}
