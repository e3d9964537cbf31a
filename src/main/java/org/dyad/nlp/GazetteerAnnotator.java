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

  public static final String VERSION = "1";

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
    List<EntityMention> found = gazetteer.find(article.text());
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
}
