package org.dyad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Dyad's web UI in a test browser: the scripts, waits and checks the browser tests share. */
final class UiPage {

  private final WebDriver browser;
  private final int port;

  UiPage(WebDriver browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Waits up to 30 s for {@code condition}, failing with the view's text. */
  void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    Object view =
        js("const e = document.querySelector('#view'); return e ? e.innerText : '(no #view)'");
    throw new AssertionError(
        "timed out waiting for " + what + " at " + browser.getCurrentUrl() + ": " + view);
  }

  /** Waits until the UI has rendered the view its address names. */
  void waitForView(String hashPrefix) throws InterruptedException {
    waitFor(
        "view " + hashPrefix,
        () -> {
          Object ready = js("return document.body.dataset.ready || null");
          return ready != null && ready.toString().startsWith(hashPrefix);
        });
  }

  /** Opens the view at {@code hash} ("" for the overview) and waits until it is rendered. */
  void open(String hash) throws InterruptedException {
    browser.get("http://127.0.0.1:" + port + "/" + hash);
    waitForView(hash.isEmpty() ? "#/" : hash);
  }

  void fitsTheWidth() {
    assertEquals(
        Boolean.TRUE,
        js("return document.documentElement.scrollWidth <= window.innerWidth"),
        "the page is wider than the window at " + browser.getCurrentUrl());
  }

  /** The severe messages of the browser console since the last call. */
  List<String> severeConsoleMessages() {
    List<String> severe = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e.getMessage());
      }
    }
    return severe;
  }
}
