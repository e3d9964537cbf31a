package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web UI in a real headless Chromium: the overview, the events and their filters (kept in the
 * address, downloaded as CSV), the search box, an event's mentions, a mention opening its article
 * with the sentence highlighted and in view, the other views, a phone's width, and article markup
 * shown as text. Skipped without Chromium unless {@code DYAD_REQUIRE_BROWSER=1}.
 */
class WebUiIT {

  @TempDir static Path dir;

  private static ArticleStore store;
  private static ApiServer server;
  private static Http http;
  private static ChromeDriver browser;
  private static UiPage page;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumePresent();
    store = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir));
    server =
        ApiServer.start(
            store,
            new Extraction(Gazetteer.load()),
            ApiServer.Options.readOnly("127.0.0.1", 0),
            line -> {});
    http = new Http(server.port());
    browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1000, 420);
    page = new UiPage(browser, server.port());
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @AfterEach
  void nothingWentWrongInThePage() {
    // The page reports refused requests itself; the console only notes them.
    List<String> severe =
        page.severeConsoleMessages().stream()
            .filter(m -> !m.contains("the server responded with a status of 400"))
            .toList();
    assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    assertEquals(
        Boolean.TRUE, page.js("return window.dyadPwned === undefined"), "article markup ran");
  }

  private static String text(String css) {
    List<WebElement> found = browser.findElements(By.cssSelector(css));
    return found.isEmpty() ? "(no " + css + ")" : found.get(0).getText();
  }

  private static int count(String css) {
    return browser.findElements(By.cssSelector(css)).size();
  }

  /** The events a list shows (dividers between dated and undated ones are not events). */
  private static int listed(String list) {
    return count(list + " li[data-event]");
  }

  private static void choose(String select, String value) {
    browser.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
  }

  @Test
  void theOverviewOpensWithTheNewestEventsAsHeadlinesAndTheTensionChart() throws Exception {
    page.open("");
    JsonNode o = http.json("/api/overview?limit=12");
    assertTrue(o.get("newest").size() > 0, o.toString());
    assertEquals(o.get("newest").size(), listed("#newest"));
    List<WebElement> headlines = browser.findElements(By.cssSelector("#newest a.headline"));
    for (int i = 0; i < headlines.size(); i++) {
      assertEquals(o.at("/newest/" + i + "/headline").asText(), headlines.get(i).getText());
    }
    assertEquals(1, count("#overview-chart"), text("#view"));
    assertTrue(text("#overview-title").contains("Chile"), text("#overview-title"));
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
    try {
      page.open("#/overview");
      page.fitsTheWidth();
      page.open("#/events");
      page.fitsTheWidth();
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 420));
    }
  }

  @Test
  void filterTheEventsOpenOneAndFollowAMentionToItsHighlightedSentence() throws Exception {
    page.open("#/events");
    int all = http.json("/api/events").get("total").asInt();
    assertEquals(all, listed("#event-list"));

    choose("filter-cameo", "17");
    choose("filter-country", "PER");
    browser.findElement(By.cssSelector("#events-filters button[type=submit]")).click();
    page.waitForView("#/events?");
    JsonNode expected = http.json("/api/events?cameo=17&country=PER");
    assertTrue(expected.get("total").asInt() > 0 && expected.get("total").asInt() < all);
    assertEquals(expected.get("total").asInt(), listed("#event-list"));
    String eventId = expected.at("/events/0/id").asText();

    browser
        .findElement(By.cssSelector("#event-list li[data-event='" + eventId + "'] a.headline"))
        .click();
    page.waitForView("#/event/" + eventId);
    JsonNode event = http.json("/api/events/" + eventId);
    assertTrue(
        text("#event-title").startsWith(event.get("headline").asText()), text("#event-title"));
    assertEquals(event.get("mentions").size(), count(".mention"));
    List<WebElement> marks = browser.findElements(By.cssSelector(".mention .sentence mark"));
    for (int i = 0; i < marks.size(); i++) {
      assertEquals(event.at("/mentions/" + i + "/text").asText(), marks.get(i).getText());
    }

    JsonNode mention = event.get("mentions").get(event.get("mentions").size() - 1);
    List<WebElement> links = browser.findElements(By.cssSelector(".mention .span-link"));
    links.get(links.size() - 1).click();
    String hash =
        "#/article/"
            + mention.get("article").asText()
            + "/"
            + mention.get("start").asInt()
            + "-"
            + mention.get("end").asInt();
    page.waitForView(hash);
    assertEquals(
        mention.get("text").asText(),
        page.js(
            "return Array.from(document.querySelectorAll('#article-text .target'))"
                + ".map(n => n.textContent).join('')"));
    assertEquals(
        Boolean.TRUE,
        page.js(
            "const r = document.getElementById('target').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;"),
        "the highlighted sentence is scrolled into view");
    assertTrue(
        ((Number) page.js("return window.scrollY")).doubleValue() > 0, "the page was scrolled");
  }

  @Test
  void directionSideAndWordsFilterTheEventsTheAddressKeepsThemAndTheCsvHasThem() throws Exception {
    page.open("#/events");
    int all = listed("#event-list");
    choose("filter-direction", "PER-CHL");
    browser.findElement(By.cssSelector("#events-filters button[type=submit]")).click();
    page.waitForView("#/events?");
    assertTrue(browser.getCurrentUrl().contains("direction=PER-CHL"), browser.getCurrentUrl());
    int fromPeru = http.json("/api/events?direction=PER-CHL").get("total").asInt();
    assertTrue(fromPeru > 0 && fromPeru < all, "PER-CHL: " + fromPeru + " of " + all);
    assertEquals(fromPeru, listed("#event-list"));

    page.open("#/events?side=PER&q=detained");
    assertEquals("detained", browser.findElement(By.id("filter-q")).getAttribute("value"));
    assertEquals("PER", browser.findElement(By.id("filter-side")).getAttribute("value"));
    JsonNode expected = http.json("/api/events?side=PER&q=detained");
    assertTrue(expected.get("total").asInt() > 0 && expected.get("total").asInt() < all);
    assertEquals(expected.get("total").asInt(), listed("#event-list"));

    String csv = browser.findElement(By.id("download-csv")).getAttribute("href");
    assertTrue(csv.contains("format=csv") && csv.contains("q=detained"), csv);
    Http.Reply r = http.get(csv.substring(csv.indexOf("/api/")));
    assertEquals(200, r.status(), r.body());
    assertEquals(expected.get("total").asInt() + 1, r.body().split("\r\n").length, r.body());

    page.open("#/events?q=volcano");
    assertEquals(0, listed("#event-list"));
    assertEquals("0 events", text("#event-count"));
  }

  @Test
  void theSearchBoxFindsArticlesQuotesAndEventsWithTheWordsMarked() throws Exception {
    page.open("#/overview");
    browser.findElement(By.id("search-box")).sendKeys("fishermen");
    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    page.waitForView("#/search?q=fishermen");
    JsonNode r = http.json("/api/search?q=fishermen&limit=20");
    assertEquals(r.get("articles").size(), count("#found-articles li"));
    assertEquals(r.get("events").size(), count("#found-events li"));
    assertTrue(count("#found-articles li") > 0 && count("#found-events li") > 0, text("#view"));
    List<WebElement> marks = browser.findElements(By.cssSelector("#view mark"));
    assertTrue(marks.size() >= 2, text("#view"));
    for (WebElement m : marks) {
      assertEquals("fishermen", m.getText().toLowerCase(java.util.Locale.ROOT));
    }

    page.open("#/search?q=unacceptable");
    assertEquals(1, count("#found-quotes li"), text("#view"));
    assertTrue(text("#found-quotes li").startsWith("Luis Paredes"), text("#found-quotes li"));

    page.open("#/search?q=website");
    assertEquals(1, count("#found-articles li"), text("#view"));
    assertTrue(text("#found-articles li").contains("<script>"), "markup shown as text");
    assertEquals(
        0L,
        page.js("return document.querySelectorAll('#view img, #view script, #view b').length"),
        "no element was made from the article's markup");

    page.open("#/search?q=volcano");
    assertTrue(text("#view").contains("Nothing found"), text("#view"));
  }

  @Test
  void aBadFilterShowsTheServersMessage() throws Exception {
    page.open("#/events?from=2025-13");
    assertEquals(
        "bad value for from: '2025-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)", text(".error"));
  }

  @Test
  void bothSidesTensionAndQuotesViewsShowTheCorpus() throws Exception {
    page.open("#/sides");
    assertTrue(count(".divergence .badge.contradiction") >= 1, text("#view"));
    assertTrue(count(".divergence .column") >= 2, text("#view"));
    String conflict = text(".divergence .conflict");
    assertTrue(
        conflict.startsWith("The counts differ")
            && conflict.contains("12")
            && conflict.contains("7"),
        conflict);

    for (String period : List.of("month", "week")) {
      page.open("#/tension?period=" + period);
      long bars =
          http.json("/api/tension?period=" + period).findValues("series").stream()
              .filter(series -> series.asText().equals("all"))
              .count();
      assertTrue(bars > 0);
      assertEquals(bars, count("#tension-chart a.period"), period);
    }

    page.open("#/quotes");
    browser.findElement(By.id("filter-speaker")).sendKeys("Paredes");
    browser.findElement(By.cssSelector("#quotes-filters button[type=submit]")).click();
    page.waitForView("#/quotes?speaker=Paredes");
    assertEquals(1, count("section.speaker li"));
    assertTrue(text("section.speaker h3").startsWith("Luis Paredes"), text("#view"));
  }

  @Test
  void articleMarkupIsShownAsTextAndRunsNothing() throws Exception {
    page.open("#/articles");
    WebElement row =
        browser.findElements(By.cssSelector("#article-table tbody tr")).stream()
            .filter(r -> r.getText().contains("markup.txt"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(text("#view")));
    assertTrue(row.getText().contains(ApiFixtures.MARKUP_TITLE), row.getText());
    row.findElement(By.cssSelector("a")).click();
    page.waitForView("#/article/");
    assertEquals(ApiFixtures.MARKUP_TITLE, text("#article-title"));
    assertEquals(
        ApiFixtures.MARKUP_TEXT,
        page.js("return document.getElementById('article-text').textContent"));
    assertEquals(
        0L,
        page.js("return document.querySelectorAll('#view img, #view script, #view b').length"),
        "no element was made from the article's markup");
    assertEquals("Dyad", browser.getTitle());
  }
}
