package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.model.Provenance;

/**
 * Wraps another annotator and adds Dyad's gazetteer entities: countries, capitals and government
 * metonyms, nationalities and role titles. A gazetteer country or nationality replaces a coarse NER
 * location or misc mention over the same words.
 */
public final class GazetteerAnnotator implements Annotator {

  public static final String VERSION = "2";

  private final Annotator inner;
  private final Gazetteer gazetteer;
  private final Provenance provenance = new Provenance("nlp.gazetteer", VERSION);

  public GazetteerAnnotator(Annotator inner, Gazetteer gazetteer) {
    if (inner == null || gazetteer == null) {
      throw new IllegalArgumentException("inner and gazetteer are required");
    }
    this.inner = inner;
    this.gazetteer = gazetteer;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    AnnotatedArticle base = inner.annotate(article);
    List<EntityMention> found = new ArrayList<>();
    for (EntityMention g : gazetteer.find(article.text())) {
      if (g.type() != EntityType.TITLE || !usedAsVerb(base, g.span())) {
        found.add(g);
      }
    }
    List<EntityMention> kept = new ArrayList<>();
    for (EntityMention e : base.entities()) {
      boolean replaced =
          (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC)
              && found.stream()
                  .anyMatch(
                      g ->
                          (g.type() == EntityType.COUNTRY || g.type() == EntityType.NATIONALITY)
                              && g.span().overlaps(e.span())
                              && g.span().length() * 2 >= e.span().length());
      if (!replaced) {
        kept.add(e);
      }
    }
    AnnotatedArticle withoutReplaced =
        new AnnotatedArticle(article, base.sentences(), kept, base.timexes(), base.provenance());
    return withoutReplaced.withEntities(found, provenance);
  }

  /**
   * A one-word title used as a verb: tagged as one ("guard the border"), or opening a sentence as
   * an imperative with a pronoun object ("Judge for yourself", "Head it off").
   */
  private static boolean usedAsVerb(AnnotatedArticle a, org.dyad.model.Span span) {
    for (org.dyad.model.Sentence s : a.sentences()) {
      if (!s.span().contains(span)) {
        continue;
      }
      List<org.dyad.model.Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).span().equals(span)) {
          continue;
        }
        if (tokens.get(i).pos().startsWith("VB")) {
          return true;
        }
        if (i != 0 || tokens.size() < 2) {
          return false;
        }
        String next = tokens.get(1).word().toLowerCase(java.util.Locale.ROOT);
        String after =
            tokens.size() > 2 ? tokens.get(2).word().toLowerCase(java.util.Locale.ROOT) : "";
        return OBJECT_PRONOUNS.contains(next)
            || (tokens.get(1).pos().equals("IN") && after.matches(".*sel(f|ves)"));
      }
    }
    return false;
  }

  private static final java.util.Set<String> OBJECT_PRONOUNS =
      java.util.Set.of(
          "it", "them", "us", "me", "him", "her", "yourself", "yourselves", "themselves", "itself");
}
