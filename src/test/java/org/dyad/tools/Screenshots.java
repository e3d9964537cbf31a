package org.dyad.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.api.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes screenshots of Dyad's web UI and HTML report in headless Chromium, at a desktop and a phone
 * width, for the README ({@code scripts/screenshots.sh} runs it). Each shot is a page (a web UI
 * route or a report section), a viewport size and, for some, what to do on the page first.
 */
public final class Screenshots implements AutoCloseable {

  /** How a page is shown: viewport size, and whether it is a phone. */
  public record Viewport(int width, int height, boolean mobile) {}

  public static final Viewport DESKTOP = new Viewport(1400, 900, false);
  public static final Viewport PHONE = new Viewport(400, 860, true);

  private final ChromeDriver browser;

  /** Starts headless Chromium with its driver. */
  public Screenshots(Path chromium, Path chromedriver, Path profile) throws IOException {
    browser =
        HeadlessChromium.start(
            chromium,
            chromedriver,
            profile,
            1400,
            900,
            "--hide-scrollbars",
            "--force-color-profile=srgb");
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  /** The browser, for the actions of a shot. */
  public ChromeDriver browser() {
    return browser;
  }

  /** Sizes the viewport as {@code v} says (a phone's is a mobile one). */
  public void size(Viewport v) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            v.width(),
            "height",
            v.height(),
            "deviceScaleFactor",
            1,
            "mobile",
            v.mobile()));
  }

  /** Opens {@code url} and, for the web UI, waits until it has rendered its view. */
  public void open(String url, boolean webUi) throws InterruptedException {
    browser.get(url);
    if (webUi) {
      waitForReady();
    }
  }

  /** Waits until the web UI says it has rendered the address it shows. */
  public void waitForReady() throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Object ready =
          js(
              "return document.body.dataset.ready === (location.hash || '#/')"
                  + " && !document.body.classList.contains('busy')");
      if (Boolean.TRUE.equals(ready)) {
        Thread.sleep(150);
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the page did not get ready: " + browser.getCurrentUrl());
  }

  /**
   * Writes the page's address (or {@code text}) in a bar above the page, as a browser's address bar
   * shows it, since a headless screenshot has none.
   */
  public void showAddress(String text) {
    js(
        "const d = document.createElement('div'); d.className = 'shot-extra';"
            + " d.style.cssText = 'font:13px monospace;background:#eef1f4;border-bottom:1px solid"
            + " #b8c0c8;padding:6px 10px;word-break:break-all;color:#222';"
            + " d.textContent = 'Address: ' + (arguments[0] || location.href);"
            + " document.body.insertBefore(d, document.body.firstChild);",
        text);
  }

  /** Shows the tooltip ({@code title}) of the first element matching {@code css} beside it. */
  public void tooltip(String css) {
    js(
        "const e = document.querySelector(arguments[0]); if (!e) return;"
            + " const r = e.getBoundingClientRect(); const t = document.createElement('div');"
            + " t.className = 'shot-extra';"
            + " t.textContent = e.getAttribute('title');"
            + " t.style.cssText = 'position:absolute;z-index:99;max-width:340px;background:#fffbe6;"
            + "border:1px solid #b59b3c;padding:6px 8px;font:13px sans-serif;"
            + "box-shadow:0 2px 6px rgba(0,0,0,.25)';"
            + " t.style.left = Math.max(4, Math.min(r.left, innerWidth - 350)) + scrollX + 'px';"
            + " t.style.top = (r.bottom + scrollY + 6) + 'px'; document.body.appendChild(t);",
        css);
  }

  /** Removes what {@link #showAddress} and {@link #tooltip} added to the page. */
  public void clearExtras() {
    js("document.querySelectorAll('.shot-extra').forEach(e => e.remove());");
  }

  /** Renders the page for print (its print style sheet) or for the screen again. */
  public void printMedia(boolean print) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
  }

  /** Scrolls the element with {@code id} to the top of the viewport. */
  public void scrollTo(String id) throws InterruptedException {
    js(
        "const e = document.getElementById(arguments[0]); if (e) { e.scrollIntoView(true);"
            + " window.scrollBy(0, -8); }",
        id);
    Thread.sleep(200);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Types into the element {@code css} and presses Enter. */
  public void type(String css, String text) {
    browser.findElement(By.cssSelector(css)).clear();
    browser.findElement(By.cssSelector(css)).sendKeys(text + "\n");
  }

  /** Saves what the viewport shows as {@code file}. */
  public Path save(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    browser.quit();
  }

  /** One screenshot: a file name, an address (a web UI route or a report section), a size. */
  record Shot(String file, String where, Viewport size) {}

  /**
   * Takes the README's screenshots: {@code Screenshots --db DIR --report FILE.html --out DIR}. The
   * web UI is served from a copy of the database, with edits on: the corrections made for the
   * pictures (an event hidden, a perspective set) stay in that copy.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    if (!a.containsKey("--db") || !a.containsKey("--report") || !a.containsKey("--out")) {
      System.err.println("usage: Screenshots --db DIR --report FILE.html --out DIR");
      System.exit(2);
    }
    Path out = Path.of(a.get("--out"));
    Path work = Files.createTempDirectory("dyad-shots");
    Path db = copy(Path.of(a.get("--db")), work.resolve("db"));
    List<Path> saved = new ArrayList<>();
    String token = java.util.UUID.randomUUID().toString();
    try (org.dyad.store.ArticleStore store = org.dyad.store.ArticleStore.openEmbedded(db);
        org.dyad.api.ApiServer server =
            org.dyad.api.ApiServer.start(
                store,
                new org.dyad.analysis.Extraction(org.dyad.nlp.Gazetteer.load()),
                new org.dyad.api.ApiServer.Options(
                    "127.0.0.1", 0, Duration.ZERO, List.of(), List.of(), token, null, true),
                new org.dyad.api.ApiServer.Workspace(work.resolve("search")),
                line -> System.err.println(line));
        Screenshots s = standard(work.resolve("profile"))) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      for (Shot shot : WebUiShots.shots(base, s)) {
        s.size(shot.size());
        s.open(base + shot.where(), true);
        s.clearExtras();
        WebUiShots.prepare(shot, s, token);
        saved.add(s.save(out.resolve(shot.file())));
        s.printMedia(false);
      }
      // The CSV behind the filtered view's Download CSV link, as the file it downloads.
      s.size(DESKTOP);
      s.open(base + WebUiShots.FILTERED, true);
      String href =
          (String) s.js("return document.getElementById('download-csv').getAttribute('href');");
      String csv = DocPages.get(base + href.replaceFirst("^/", ""));
      Path csvPage =
          page(
              work,
              "csv.html",
              DocPages.textFile(
                  "dyad-events.csv", href + " (" + WebUiShots.FILTERED + ")", csv, 40));
      for (Viewport v : List.of(DESKTOP, PHONE)) {
        s.size(v);
        s.open(csvPage.toUri().toString(), false);
        saved.add(s.save(out.resolve("export-csv-" + v.width() + ".png")));
      }
      Path report = Path.of(a.get("--report")).toAbsolutePath();
      for (Viewport v : List.of(DESKTOP, PHONE)) {
        String w = Integer.toString(v.width());
        s.size(v);
        s.open(report.toUri().toString(), false);
        saved.add(s.save(out.resolve("report-overview-" + w + ".png")));
        s.scrollTo("tension");
        saved.add(s.save(out.resolve("report-chart-" + w + ".png")));
        s.scrollTo("divergences");
        saved.add(s.save(out.resolve("report-sides-" + w + ".png")));
        s.open(report.toUri().toString(), false);
        s.printMedia(true);
        saved.add(s.save(out.resolve("report-print-" + w + ".png")));
        s.printMedia(false);
      }
    }
    // What is no web page: the README, the CLI's errors, serve and analyze on one database.
    Path project = Path.of(a.getOrDefault("--project", ".")).toAbsolutePath();
    Path jar = project.resolve("target/dyad.jar");
    List<Path> pages = new ArrayList<>();
    pages.add(page(work, "readme.html", DocPages.readme(project.resolve("README.md"))));
    pages.add(page(work, "cli-errors.html", cliErrors(jar, work, db)));
    Path served = copy(Path.of(a.get("--db")), work.resolve("served-db"));
    pages.add(
        page(
            work,
            "serve-analyze.html",
            DocPages.terminal(
                "dyad serve and dyad analyze on one embedded database",
                DocPages.serveAndAnalyze(
                    jar, work, served, project.resolve("examples/rus-aze-sputnik.txt")),
                served.toString(),
                "crisis-db",
                work.toString(),
                ".")));
    try (Screenshots s = standard(work.resolve("profile2"))) {
      for (Path p : pages) {
        String name = p.getFileName().toString().replace(".html", "");
        for (Viewport v : List.of(DESKTOP, PHONE)) {
          s.size(v);
          s.open(p.toUri().toString(), false);
          saved.add(s.save(out.resolve(name + "-" + v.width() + ".png")));
        }
      }
    }
    Files.writeString(out.resolve("INDEX.md"), ShotIndex.markdown(saved, out));
    for (Path p : saved) {
      System.out.println("wrote " + p + " (" + Files.size(p) / 1024 + " KB)");
    }
  }

  /** The CLI's answers to common mistakes, run for real: one line each, with a hint. */
  private static String cliErrors(Path jar, Path work, Path db)
      throws IOException, InterruptedException {
    Path typo = work.resolve("crisis-bd");
    String out = work.resolve("out.csv").toString();
    List<DocPages.Run> runs =
        List.of(
            DocPages.dyad(
                jar,
                work,
                "dyad export --db crisis-db --format csv --out out.csv",
                "export",
                "--db",
                db.toString(),
                "--format",
                "csv",
                "--out",
                out),
            DocPages.dyad(
                jar,
                work,
                "dyad export --db crisis-bd --format json --out out.json",
                "export",
                "--db",
                typo.toString(),
                "--format",
                "json",
                "--out",
                out),
            DocPages.dyad(
                jar, work, "dyad analyze --db crisis-db", "analyze", "--db", db.toString()),
            DocPages.dyad(jar, work, "dyad analyse examples", "analyse", "examples"),
            DocPages.dyad(
                jar,
                work,
                "dyad export --db crisis-db --format json --out out.json --fromat json",
                "export",
                "--db",
                db.toString(),
                "--format",
                "json",
                "--out",
                out,
                "--fromat",
                "json"));
    return DocPages.terminal(
        "dyad: usage errors",
        runs,
        db.toString(),
        "crisis-db",
        typo.toString(),
        "crisis-bd",
        work.toString(),
        ".");
  }

  private static Path page(Path work, String name, String html) throws IOException {
    Path p = work.resolve("pages").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, html);
    return p;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith("dyad-serve")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    return to;
  }

  /** Chromium and its driver where Debian installs them, or where the environment says. */
  public static Screenshots standard(Path profile) throws IOException {
    return new Screenshots(HeadlessChromium.CHROMIUM, HeadlessChromium.CHROMEDRIVER, profile);
  }
}
