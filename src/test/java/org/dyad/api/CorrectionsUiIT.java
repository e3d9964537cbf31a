package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.Extraction;
import org.dyad.model.Article;
import org.dyad.model.PartialDate;
import org.dyad.nlp.Gazetteer;
import org.dyad.store.ArticleIds;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Corrections in a real headless Chromium, on a desktop's and a phone's width: an analyst signs in
 * with the server's token, hides an event, the corpus is analysed again with a new article that
 * tells the same event and it stays hidden, then the edit is undone from the Corrections list; a
 * perspective and a speaker are set on an article and show as the analyst's. Skipped without
 * Chromium unless {@code DYAD_REQUIRE_BROWSER=1}.
 */
class CorrectionsUiIT {

  private static final String TOKEN = "corrections-ui-token-0123456789";

  /** Later reports of the fixture's detention, one per width, in words written for this test. */
  private static final String[] LATER = {
    "Peruvian relatives gathered in Tacna on April 12, 2025. The Chilean navy detained the"
        + " Peruvian fishermen off Arica on April 8, 2025, their families recalled, and they asked"
        + " Lima to press for a quick release.",
    "A Chilean court in Arica heard the case on April 14, 2025. The Chilean navy had detained the"
        + " Peruvian fishermen on April 8, 2025, prosecutors told the judge, who set a new hearing"
        + " for May.",
  };

  @TempDir static Path dir;

  private static ArticleStore store;
  private static ApiServer server;
  private static Http http;
  private static ChromeDriver browser;
  private static UiPage page;
  private static int added;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumePresent();
    store = ArticleStore.openEmbedded(ApiFixtures.storeCopy(dir));
    server =
        ApiServer.start(
            store,
            new Extraction(Gazetteer.load()),
            new ApiServer.Options(
                "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), TOKEN, null, true),
            line -> {});
    http = new Http(server.port());
    browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1400, 900);
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
    List<String> severe = page.severeConsoleMessages();
    assertTrue(severe.isEmpty(), "browser console errors: " + severe);
    assertEquals(
        Boolean.TRUE, page.js("return window.dyadPwned === undefined"), "article markup ran");
  }

  /** The text of the first element a selector finds, read in one step (views re-render). */
  private static String text(String css) {
    Object t =
        page.js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : null", css);
    return t == null ? "(no " + css + ")" : t.toString();
  }

  private static WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  /** Gives the analyst's name and the token on the Corrections view, as a user does once. */
  private static void signIn() throws InterruptedException {
    page.open("#/edits");
    page.js("sessionStorage.clear(); localStorage.clear();");
    page.open("#/overview");
    page.open("#/edits");
    find("#edit-author").sendKeys("Ana Lyst");
    find("#edit-token").sendKeys(TOKEN);
    find("#sign-in button[type=submit]").click();
    page.waitFor("the sign-in form to go", () -> browser.findElements(By.id("sign-in")).isEmpty());
  }

  /** The mention keys of every event the API lists now. */
  private static List<String> keys() throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode e : http.json("/api/events?limit=1000").get("events")) {
      for (JsonNode m : http.json("/api/events/" + e.get("id").asText()).get("mentions")) {
        out.add(m.get("key").asText());
      }
    }
    return out;
  }

  /** The event told by most mentions: the detention both sides report. */
  private static JsonNode busiest() throws Exception {
    JsonNode best = null;
    for (JsonNode e : http.json("/api/events?limit=1000").get("events")) {
      if (best == null || e.get("mention_count").asInt() > best.get("mention_count").asInt()) {
        best = e;
      }
    }
    return http.json("/api/events/" + best.get("id").asText());
  }

  /** Stores one more article, as `dyad analyze` would from another process, and reloads. */
  private static void addArticle(String text) throws Exception {
    Article a =
        new Article(
            ArticleIds.idFor(text),
            "later-" + added++ + ".txt",
            null,
            "Families Recall the Detention",
            "Diario.pe",
            null,
            PartialDate.parse("2025-04-15"),
            false,
            "en",
            text);
    store.save(ApiFixtures.annotator().annotate(a));
    int before = http.json("/api/summary").get("articles").asInt();
    Http.Reply r = http.post("/api/reload", "", "Authorization", "Bearer " + TOKEN);
    assertEquals(200, r.status(), r.body());
    assertEquals(before + 1, http.json("/api/summary").get("articles").asInt());
  }

  @ParameterizedTest
  @ValueSource(ints = {1400, 400})
  void aHiddenEventStaysHiddenWhenTheCorpusIsAnalysedAgainAndIsBackWhenUndone(int width)
      throws Exception {
    browser.manage().window().setSize(new Dimension(width, 900));
    signIn();
    JsonNode event = busiest();
    String key = event.at("/mentions/0/key").asText();
    String words = event.at("/mentions/0/text").asText();
    page.open("#/event/" + event.get("id").asText());
    page.fitsTheWidth();
    find("#event-corrections summary").click();
    page.fitsTheWidth();
    find("#hide-event").click();
    page.waitForView("#/edits");
    page.waitFor(
        "the edit in the list",
        () -> !browser.findElements(By.cssSelector("#edit-table tr[data-edit]")).isEmpty());
    WebElement row = find("#edit-table tbody tr");
    String id = row.getAttribute("data-edit");
    assertEquals("applied", row.getAttribute("data-status"), row.getText());
    assertTrue(row.getText().contains("Ana Lyst"), row.getText());
    assertTrue(row.getText().contains("hid an event"), row.getText());
    assertTrue(
        row.getText().contains(words.substring(0, Math.min(30, words.length()))), row.getText());
    page.fitsTheWidth();
    assertFalse(keys().contains(key), "hidden in the API");

    // Analysed again with a new article that tells the same detention: still hidden.
    addArticle(LATER[width == 1400 ? 0 : 1]);
    assertFalse(keys().contains(key), "still hidden after re-analysis");
    page.open("#/events?q=detained");
    for (WebElement li : browser.findElements(By.cssSelector("#event-list li[data-event]"))) {
      String shownId = li.getAttribute("data-event");
      for (JsonNode m : http.json("/api/events/" + shownId).get("mentions")) {
        assertFalse(m.get("key").asText().equals(key), "the hidden event is listed: " + shownId);
      }
    }

    // Undone from the Corrections list: the event is back, and the history keeps both edits.
    page.open("#/edits");
    find("#edit-table tr[data-edit='" + id + "'] button.undo").click();
    page.waitFor(
        "the edit undone",
        () ->
            "undone"
                .equals(
                    page.js(
                        "const r = document.querySelector(\"#edit-table tr[data-edit='"
                            + id
                            + "']\"); return r && r.dataset.status;")));
    assertTrue(text("#edit-table").contains("undid"), text("#edit-table"));
    assertTrue(keys().contains(key), "the event is back");
    page.fitsTheWidth();
  }

  @Test
  void aPerspectiveAndASpeakerSetInTheReaderShowAsTheAnalysts() throws Exception {
    browser.manage().window().setSize(new Dimension(1400, 900));
    signIn();
    JsonNode article = null;
    for (JsonNode a : http.json("/api/articles").get("articles")) {
      if (a.get("quotes").asInt() > 0) {
        article = a;
      }
    }
    String id = article.get("id").asText();
    String label = article.get("perspective").asText();
    String other = label.equals("neutral") ? "both" : "neutral";
    page.open("#/article/" + id);
    find("#article-corrections summary").click();
    find("#perspective-choice option[value='" + other + "']").click();
    find("#set-perspective").click();
    page.waitFor("the new perspective", () -> text("#perspective-label").equals(other));
    assertTrue(text("#view details summary").contains("analyst"), text("#view details summary"));
    WebElement quote = find("#article-quotes li");
    quote.findElement(By.cssSelector("details.fix-speaker summary")).click();
    WebElement name = quote.findElement(By.cssSelector("input[name=speaker]"));
    name.clear();
    name.sendKeys("Marisol <b>Quispe</b>");
    WebElement country = quote.findElement(By.cssSelector("input[name=country]"));
    country.clear();
    country.sendKeys("PER");
    quote.findElement(By.cssSelector("button.set-speaker")).click();
    page.waitFor(
        "the new speaker",
        () -> text("#article-quotes li .speaker").equals("Marisol <b>Quispe</b>"));
    assertEquals(0, browser.findElements(By.cssSelector("#article-quotes b")).size(), "as text");
    assertTrue(text("#article-quotes li").contains("analyst"), text("#article-quotes li"));
    JsonNode export = http.json("/api/articles/" + id);
    assertEquals("analyst", export.get("perspective_provenance").asText());
    assertEquals("analyst", export.at("/quotes/0/speaker_provenance").asText());
  }
}
