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
    }
    return out;
  }

  /** What a shot needs done on its page first. */
  static void prepare(Screenshots.Shot shot, Screenshots s) throws InterruptedException {
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
}
