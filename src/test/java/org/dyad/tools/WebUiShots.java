package org.dyad.tools;

import java.util.ArrayList;
import java.util.List;

/** The web UI's screenshots for the README and what is done on each page before it is taken. */
final class WebUiShots {

  /**
   * The filtered view the filter and export shots show: one side's asserted events, newest first.
   */
  static final String FILTERED = "#/events?sort=newest&side=AZE&modality=asserted";

  private WebUiShots() {}

  static List<Screenshots.Shot> shots(String base, Screenshots s) {
    List<Screenshots.Shot> out = new ArrayList<>();
    for (Screenshots.Viewport v : List.of(Screenshots.DESKTOP, Screenshots.PHONE)) {
      String w = Integer.toString(v.width());
      out.add(new Screenshots.Shot("overview-" + w + ".png", "#/overview", v));
      out.add(new Screenshots.Shot("overview-tooltips-" + w + ".png", "#/overview", v));
      out.add(new Screenshots.Shot("overview-terms-" + w + ".png", "#/overview", v));
      out.add(new Screenshots.Shot("events-" + w + ".png", FILTERED, v));
      out.add(new Screenshots.Shot("search-" + w + ".png", "#/search?q=detained", v));
      out.add(new Screenshots.Shot("exports-" + w + ".png", FILTERED, v));
      out.add(new Screenshots.Shot("sides-" + w + ".png", "#/sides", v));
      out.add(new Screenshots.Shot("corrections-event-" + w + ".png", "#/events?sort=newest", v));
      out.add(new Screenshots.Shot("corrections-" + w + ".png", "#/edits", v));
      out.add(new Screenshots.Shot("corrections-undo-" + w + ".png", "#/edits", v));
      out.add(new Screenshots.Shot("print-overview-" + w + ".png", "#/overview", v));
    }
    return out;
  }

  /**
   * What a shot needs done on its page first; {@code token} is the server's API token, which the
   * corrections shots give as an analyst does.
   */
  static void prepare(Screenshots.Shot shot, Screenshots s, String token)
      throws InterruptedException {
    if (shot.file().startsWith("corrections")) {
      s.js(
          "localStorage.setItem('dyad-author', 'Ana Lyst');"
              + " sessionStorage.setItem('dyad-token', arguments[0]);",
          token);
    }
    if (shot.file().startsWith("corrections-event")) {
      openBusiestEvent(s);
      s.js("document.getElementById('event-corrections').open = true;");
      s.scrollTo("event-corrections");
    }
    if (shot.file().startsWith("corrections-")
        && !shot.file().startsWith("corrections-event")
        && s.browser().findElements(org.openqa.selenium.By.cssSelector("#edit-table")).isEmpty()) {
      // The list needs edits: hide the newest event and set an article's perspective, as an
      // analyst does in the UI, then come back to the list.
      s.browser().get(s.browser().getCurrentUrl().replaceFirst("#.*", "") + "#/events?sort=newest");
      s.waitForReady();
      openBusiestEvent(s);
      s.js("document.getElementById('event-corrections').open = true;");
      s.browser().findElement(org.openqa.selenium.By.id("hide-event")).click();
      waitForHash(s, "#/edits");
      s.browser().get(s.browser().getCurrentUrl().replaceFirst("#.*", "") + "#/articles");
      s.waitForReady();
      s.browser().findElement(org.openqa.selenium.By.cssSelector("#article-table a")).click();
      s.waitForReady();
      s.js("document.getElementById('article-corrections').open = true;");
      s.js(
          "const c = document.getElementById('perspective-choice');"
              + " c.value = c.options[c.options.length - 1].value;");
      s.browser().findElement(org.openqa.selenium.By.id("set-perspective")).click();
      Thread.sleep(2500);
      s.browser().get(s.browser().getCurrentUrl().replaceFirst("#.*", "") + "#/edits");
      s.waitForReady();
    }
    if (shot.file().startsWith("overview-terms")) {
      s.js("document.getElementById('explanations').open = true;");
      s.scrollTo("explanations");
    }
    if (shot.file().startsWith("overview-tooltips")) {
      // What hovering shows: the crisis phase of the chart's legend, an event's Goldstein value.
      s.js("document.querySelector('.legend').scrollIntoView(true); window.scrollBy(0, -300);");
      s.tooltip(".legend [title^='Crisis phase']");
      s.tooltip("li[data-event] .goldstein");
      s.tooltip("li[data-event] .badge.modality");
    }
    if (shot.file().startsWith("events") || shot.file().startsWith("search")) {
      s.showAddress(null);
    }
    if (shot.file().startsWith("exports")) {
      Object href = s.js("return document.getElementById('download-csv').getAttribute('href');");
      s.showAddress("the Download CSV link of this view: " + href);
      s.js(
          "const d = document.querySelector('.downloads'); d.style.outline = '3px solid #e8a33d';"
              + " d.scrollIntoView(true); window.scrollBy(0, -120);");
    }
    if (shot.file().startsWith("corrections-undo")) {
      // Undo the newest edit that is not an undo itself, as an analyst does in the list.
      Object clicked =
          s.js(
              "if ([...document.querySelectorAll('#edit-table td')].some(td =>"
                  + " td.textContent.trim() === 'undid')) return false;"
                  + " const b = [...document.querySelectorAll('button.undo')]"
                  + ".find(x => x.textContent === 'Undo'); if (b) { b.click(); return true; }"
                  + " return false;");
      if (Boolean.TRUE.equals(clicked)) {
        Thread.sleep(2500);
        s.browser().navigate().refresh();
        s.waitForReady();
      }
    }
    if (shot.file().startsWith("print-")) {
      s.printMedia(true);
    }
    if (shot.file().startsWith("sides")) {
      Object id =
          s.js(
              "const c = document.querySelector('.divergence .badge.contradiction');"
                  + " return c ? c.closest('.divergence').dataset.event : null;");
      if (id != null) {
        s.browser()
            .get(s.browser().getCurrentUrl().replaceFirst("#.*", "") + "#/sides?event=" + id);
        s.waitForReady();
      }
    }
  }

  /** Opens the event of the list that most articles tell. */
  private static void openBusiestEvent(Screenshots s) throws InterruptedException {
    Object id =
        s.js(
            "let best = null, most = -1;"
                + " for (const li of document.querySelectorAll('li[data-event]')) {"
                + "   const n = li.querySelectorAll('.side-badge').length;"
                + "   if (n > most) { most = n; best = li.dataset.event; } }"
                + " return best;");
    s.browser().get(s.browser().getCurrentUrl().replaceFirst("#.*", "") + "#/event/" + id);
    s.waitForReady();
  }

  private static void waitForHash(Screenshots s, String hash) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (s.browser().getCurrentUrl().contains(hash)) {
        s.waitForReady();
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("never reached " + hash + ": " + s.browser().getCurrentUrl());
  }
}
