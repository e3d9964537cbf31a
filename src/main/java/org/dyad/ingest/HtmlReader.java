package org.dyad.ingest;

import java.util.Set;
import java.util.function.Consumer;
import org.dyad.ingest.dates.DateFinder;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.html.HtmlPage;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.model.PartialDate;

/**
 * Reads an HTML page: the main article text plus title, author, date and site from metadata; a page
 * read from a file is known by the address it declares for itself (canonical link or {@code
 * og:url}).
 */
public final class HtmlReader implements DocumentReader {

  private final HtmlExtractor extractor;
  private final TextArticleParser parser;

  public HtmlReader(HtmlExtractor extractor, TextArticleParser parser) {
    this.extractor = extractor;
    this.parser = parser;
  }

  @Override
  public void read(
      String source, String content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException {
    String url = source.matches("(?i)https?://.*") ? source : null;
    HtmlPage page = extractor.extract(content, url);
    if (page.text() == null || page.text().isBlank()) {
      throw new InputException("no article text found in the HTML page");
    }
    if (url == null) {
      url = page.url();
    }
    ArticleDraft text =
        parser.parse(
            source, page.text(), new TextArticleParser.PageContext(url, page.siteName(), Set.of()));
    if (text.text().isBlank()) {
      throw new InputException("no article text left after removing page furniture");
    }
    PartialDate published = text.published();
    boolean inferred = text.publishedInferred();
    if (page.published() != null) {
      var stated = DateFinder.parseDate(page.published());
      if (stated.isPresent()) {
        published = stated.get();
        inferred = false;
      }
    }
    out.accept(
        new ArticleDraft(
            source,
            url,
            page.title() != null ? page.title() : text.title(),
            page.siteName() != null ? page.siteName() : text.outlet(),
            page.author() != null ? page.author() : text.author(),
            published,
            inferred,
            "en",
            text.text(),
            text.syndicatedFrom()));
  }
}
