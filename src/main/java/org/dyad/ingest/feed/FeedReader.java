package org.dyad.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.ingest.ArticleDraft;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputProblem;
import org.dyad.ingest.html.HtmlExtractor;
import org.dyad.ingest.html.HtmlPage;
import org.dyad.ingest.text.TextArticleParser;
import org.dyad.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Reads an RSS or Atom feed into one article draft per item: the body is the item's full content
 * when it carries one, else the page its link points to (when following links), else its summary;
 * title, author and date come from the item, the outlet from the feed's title.
 */
public final class FeedReader implements DocumentReader {

  private final HtmlExtractor extractor;
  private final TextArticleParser parser;
  private final LinkReader links;
  private final int parallel;

  /**
   * @param links reads the pages of items that carry only a summary; null keeps the summaries
   * @param parallel how many linked pages are fetched at once
   */
  public FeedReader(
      HtmlExtractor extractor, TextArticleParser parser, LinkReader links, int parallel) {
    if (extractor == null || parser == null) {
      throw new IllegalArgumentException("extractor and parser must not be null");
    }
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1: " + parallel);
    }
    this.extractor = extractor;
    this.parser = parser;
    this.links = links;
    this.parallel = parallel;
  }

  @Override
  public void read(
      String source, String content, Consumer<ArticleDraft> out, Consumer<InputProblem> problems)
      throws InputException {
    int[] itemProblems = {0};
    Feed feed =
        FeedParser.parse(
            source,
            content,
            baseOf(source),
            p -> {
              itemProblems[0]++;
              problems.accept(p);
            });
    if (feed.items().isEmpty()) {
      if (itemProblems[0] == 0) {
        throw new InputException("the feed has no items");
      }
      return;
    }
    List<Future<Outcome>> outcomes = new ArrayList<>();
    ExecutorService pool = null;
    try {
      for (FeedItem item : feed.items()) {
        String itemSource = sourceOf(source, item);
        ArticleDraft draft;
        try {
          draft = item.content() == null ? null : fromHtml(itemSource, item, feed, item.content());
          if (draft == null && links != null && item.link() != null) {
            pool = pool != null ? pool : pool(feed.items().size());
            outcomes.add(pool.submit(() -> fromLink(item, feed)));
            continue;
          }
          if (draft == null && item.summary() != null) {
            draft = fromHtml(itemSource, item, feed, item.summary());
          }
        } catch (RuntimeException e) {
          outcomes.add(
              CompletableFuture.completedFuture(
                  new Outcome(
                      null,
                      new InputProblem(
                          source + " item " + item.number(), "could not be read: " + e))));
          continue;
        }
        outcomes.add(
            CompletableFuture.completedFuture(
                draft != null
                    ? new Outcome(draft, null)
                    : new Outcome(
                        null,
                        new InputProblem(
                            source + " item " + item.number(),
                            item.content() != null || item.summary() != null
                                ? "no article text in the item"
                                    + (item.link() == null ? " and no link" : "")
                                : "the item has no text and no link"))));
      }
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    for (Future<Outcome> f : outcomes) {
      Outcome o = join(f);
      if (o == null) {
        return;
      }
      if (o.draft() != null) {
        out.accept(o.draft());
      } else {
        problems.accept(o.problem());
      }
    }
  }

  /** An item's draft, or the problem that kept it from one. */
  private record Outcome(ArticleDraft draft, InputProblem problem) {}

  /** Threads that fetch linked pages, at most {@code parallel} at once. */
  private ExecutorService pool(int items) {
    return Executors.newFixedThreadPool(
        Math.min(parallel, items),
        r -> {
          Thread t = new Thread(r, "dyad-feed-links");
          t.setDaemon(true);
          return t;
        });
  }

  private Outcome fromLink(FeedItem item, Feed feed) {
    ArticleDraft page;
    try {
      page = links.read(item.link());
    } catch (InputException e) {
      String kept = item.summary() != null ? "; --no-follow keeps its summary" : "";
      return new Outcome(
          null,
          new InputProblem(
              item.link(),
              e.getMessage() + " (feed item " + item.number() + " skipped" + kept + ")"));
    } catch (RuntimeException e) {
      return new Outcome(null, new InputProblem(item.link(), "could not be read: " + e));
    }
    PartialDate published = item.published() != null ? item.published() : page.published();
    return new Outcome(
        new ArticleDraft(
            item.link(),
            item.link(),
            first(item.title(), page.title()),
            first(feed.title(), page.outlet()),
            first(item.author(), page.author()),
            published,
            item.published() == null && page.publishedInferred(),
            first(feed.language(), page.language()),
            page.text(),
            page.syndicatedFrom()),
        null);
  }

  /** The draft of an item whose body is {@code html}; null when no article text is left. */
  private ArticleDraft fromHtml(String source, FeedItem item, Feed feed, String html) {
    String title =
        item.title() == null ? "" : "<title>" + Entities.escape(item.title()) + "</title>";
    HtmlPage page =
        extractor.extract(
            "<!DOCTYPE html><html><head>"
                + title
                + "</head><body><article>"
                + FeedText.html(html)
                + "</article></body></html>",
            item.link());
    String text = FeedText.clean(page.text());
    if (text.isBlank()) {
      // A page extractor drops a body made mostly of links as navigation; in a feed item that
      // body is the article (or its summary), so its plain text is kept.
      text = FeedText.clean(Jsoup.parseBodyFragment(FeedText.html(html)).body().text());
    }
    if (text.isBlank()) {
      return null;
    }
    ArticleDraft parsed =
        parser.parse(
            source, text, new TextArticleParser.PageContext(item.link(), feed.title(), Set.of()));
    if (parsed.text().isBlank()) {
      return null;
    }
    boolean stated = item.published() != null;
    return new ArticleDraft(
        source,
        item.link(),
        first(item.title(), parsed.title()),
        first(feed.title(), parsed.outlet()),
        first(item.author(), parsed.author()),
        stated ? item.published() : parsed.published(),
        !stated && parsed.publishedInferred(),
        first(feed.language(), "en"),
        parsed.text(),
        parsed.syndicatedFrom());
  }

  /** The task's outcome, or null when this thread was interrupted while waiting. */
  private static Outcome join(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a feed item's page failed", e.getCause());
    }
  }

  /** An item's draft is named by its link, else by the feed and its position. */
  private static String sourceOf(String feedSource, FeedItem item) {
    return item.link() != null ? item.link() : feedSource + " item " + item.number();
  }

  private static URI baseOf(String source) {
    if (!source.matches("(?i)https?://\\S+")) {
      return null;
    }
    try {
      return new URI(source);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
