package org.dyad.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.EntityMention;
import org.dyad.model.EntityType;
import org.dyad.nlp.Gazetteer;

/** Where an article is reported from: the country of its dateline and of its outlet. */
final class ArticleOrigin {

  /** A wire dateline opening a paragraph: "MANILA, Philippines (AP) —". */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile(
          "(?m)^\\s*(\\p{Lu}[\\p{Lu} .'-]{2,30})(?:,\\s*[\\p{L} .]{2,30})?"
              + "\\s*(?:\\([^)]{1,30}\\))?\\s*[\u2014\u2013-]");

  private final Gazetteer gazetteer;

  ArticleOrigin(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The country of an article's dateline: a capital opening a short dated line near the top
   * ("August 2, 2025 \u2014 Baku") or a wire dateline ("MANILA, Philippines (AP) \u2014"); else
   * null.
   */
  String datelineCountry(AnnotatedArticle a) {
    String text = a.article().text();
    String top = text.substring(0, Math.min(text.length(), 400));
    Matcher wire = WIRE_DATELINE.matcher(top);
    while (wire.find()) {
      String place = wire.group(1).strip();
      if (gazetteer.isCapital(place)) {
        return gazetteer.countryCode(place).orElse(null);
      }
    }
    int firstLineEnd = text.indexOf('\n');
    for (EntityMention e : a.entities()) {
      if (e.span().start() >= top.length()) {
        break;
      }
      if (e.type() != EntityType.COUNTRY
          || e.normalized() == null
          || e.span().start() < firstLineEnd
          || !gazetteer.isCapital(e.text())) {
        continue;
      }
      int from = text.lastIndexOf('\n', Math.max(0, e.span().start() - 1)) + 1;
      int to = text.indexOf('\n', e.span().end());
      String line = text.substring(from, to < 0 ? text.length() : to);
      if (line.strip().split("\\s+").length <= 8 && line.matches(".*\\d.*[\u2014\u2013|-].*")) {
        return e.normalized();
      }
    }
    return null;
  }

  /** The country whose media an article is, or null when Dyad cannot tell. */
  String outletCountry(Article article) {
    return gazetteer.articleCountry(article).orElse(null);
  }
}
