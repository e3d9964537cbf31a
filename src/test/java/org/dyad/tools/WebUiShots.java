package org.dyad.tools;

import java.util.ArrayList;
import java.util.List;

/** The web UI's screenshots for the README and what is done on each page before it is taken. */
final class WebUiShots {

  private WebUiShots() {}

  static List<Screenshots.Shot> shots(String base, Screenshots s) {
    List<Screenshots.Shot> out = new ArrayList<>();
    for (Screenshots.Viewport v : List.of(Screenshots.DESKTOP, Screenshots.PHONE)) {
      String w = Integer.toString(v.width());
      out.add(new Screenshots.Shot("overview-" + w + ".png", "#/overview", v));
      out.add(
          new Screenshots.Shot(
              "events-" + w + ".png", "#/events?sort=newest&side=AZE&modality=asserted", v));
      out.add(new Screenshots.Shot("search-" + w + ".png", "#/search?q=detained", v));
      out.add(new Screenshots.Shot("sides-" + w + ".png", "#/sides", v));
      out.add(new Screenshots.Shot("corrections-event-" + w + ".png", "#/events?sort=newest", v));
      out.add(new Screenshots.Shot("corrections-" + w + ".png", "#/edits", v));
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
