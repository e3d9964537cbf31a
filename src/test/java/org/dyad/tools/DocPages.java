package org.dyad.tools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Pages the screenshot script writes to show what is not a web page: a terminal transcript of real
 * {@code dyad} commands, the README rendered as a code host shows it, a downloaded file as text.
 */
final class DocPages {

  private static final String TERMINAL_CSS =
      "body{margin:0;background:#1e1f22;color:#e6e6e6;font:14px/1.45 'DejaVu Sans Mono',"
          + "monospace}main{padding:16px 20px}h1{font:600 15px sans-serif;color:#9cc3ff;margin:0 0"
          + " 12px}.cmd{color:#8be28b;margin-top:14px}.cmd:before{content:'$ ';color:#aaa}"
          + ".note{color:#aaa;font-style:italic}pre{white-space:pre-wrap;word-break:break-word;"
          + "margin:2px 0}.exit{color:#f5b971}";

  private static final String README_CSS =
      "body{margin:0;font:16px/1.5 -apple-system,'Segoe UI','DejaVu Sans',sans-serif;color:#1f2328;"
          + "background:#fff}main{max-width:880px;margin:0 auto;padding:24px 28px}"
          + "h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}pre{background:#f6f8fa;"
          + "padding:12px;overflow:auto;font-size:13px;border-radius:6px}code{font-size:85%;"
          + "background:#f6f8fa;padding:.1em .3em;border-radius:4px}pre code{padding:0}"
          + "img{max-width:100%}.frame{font:12px sans-serif;color:#59636e;border-bottom:1px solid"
          + " #d1d9e0;padding:8px 28px;background:#f6f8fa}@media (max-width:600px){main{padding:"
          + "16px}pre{white-space:pre-wrap;word-break:break-all}}table{display:block;"
          + "overflow-x:auto}main{overflow-wrap:anywhere}";

  private DocPages() {}

  /** One command of a transcript: what was typed, what it printed, its exit code. */
  record Run(String shown, String output, int exit) {}

  /** Runs {@code dyad ARGS} (the built jar) and keeps what it prints on both streams. */
  static Run dyad(Path jar, Path dir, String shown, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx3g", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroy();
      throw new IOException("dyad " + String.join(" ", args) + " did not end");
    }
    return new Run(shown, new String(out, StandardCharsets.UTF_8), p.exitValue());
  }

  /**
   * Starts {@code dyad serve} on {@code db}, runs {@code analyze} and {@code export} on the same
   * database while it serves, then stops it: what a user sees who tries both at once.
   */
  static List<Run> serveAndAnalyze(Path jar, Path dir, Path db, Path article)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("dyad-serve", ".log");
    Process serve =
        new ProcessBuilder(
                java(),
                "-Xmx2g",
                "-jar",
                jar.toString(),
                "serve",
                "--db",
                db.toString(),
                "--port",
                Integer.toString(port))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    List<Run> runs = new ArrayList<>();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + port + "/";
      boolean up = false;
      for (int i = 0; i < 240 && !up && serve.isAlive(); i++) {
        try {
          up =
              http.send(
                          HttpRequest.newBuilder(URI.create(url + "api/summary")).build(),
                          HttpResponse.BodyHandlers.discarding())
                      .statusCode()
                  == 200;
        } catch (IOException e) {
          Thread.sleep(500);
        }
      }
      runs.add(
          new Run(
              "dyad serve --db crisis-db --port " + port + " &",
              Files.readString(log) + (up ? "" : "(the server did not come up)\n"),
              -1));
      runs.add(
          dyad(
              jar,
              dir,
              "dyad analyze " + article.getFileName() + " --db crisis-db",
              "analyze",
              article.toString(),
              "--db",
              db.toString()));
      runs.add(
          dyad(
              jar,
              dir,
              "dyad export --db crisis-db --format json --out crisis.json",
              "export",
              "--db",
              db.toString(),
              "--format",
              "json",
              "--out",
              dir.resolve("crisis.json").toString()));
      int status =
          up
              ? http.send(
                      HttpRequest.newBuilder(URI.create(url + "api/summary")).build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              : -1;
      runs.add(
          new Run(
              "curl -s -o /dev/null -w '%{http_code}' " + url + "api/summary",
              status + "   (the server still serves)\n",
              -1));
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
    return runs;
  }

  /** A terminal-like page showing the runs, paths of the machine replaced as given. */
  static String terminal(String title, List<Run> runs, String... replacements) {
    StringBuilder b = new StringBuilder();
    b.append(
            "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width,initial-scale=1'>")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(TERMINAL_CSS)
        .append("</style><main><h1>")
        .append(escape(title))
        .append("</h1>");
    for (Run r : runs) {
      String out = r.output();
      for (int i = 0; i + 1 < replacements.length; i += 2) {
        out = out.replace(replacements[i], replacements[i + 1]);
      }
      b.append("<div class=cmd>").append(escape(r.shown())).append("</div><pre>");
      b.append(escape(out.stripTrailing())).append("</pre>");
      if (r.exit() >= 0) {
        b.append("<div class=exit>[exit code ").append(r.exit()).append("]</div>");
      }
    }
    return b.append("</main>").toString();
  }

  /** The README as a code host renders it, with a line naming the file. */
  static String readme(Path readme) throws IOException {
    String html =
        HtmlRenderer.builder()
            .build()
            .render(Parser.builder().build().parse(Files.readString(readme)));
    return "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width,initial-scale=1'>"
        + "<base href='"
        + readme.toAbsolutePath().getParent().toUri()
        + "'><title>README.md</title><style>"
        + README_CSS
        + "</style><div class=frame>README.md</div><main>"
        + html
        + "</main>";
  }

  /** A downloaded file shown as plain text under its name and where it came from. */
  static String textFile(String name, String from, String text, int maxLines) {
    String[] lines = text.split("\n", -1);
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(maxLines, lines.length); i++) {
      shown.append(lines[i]).append('\n');
    }
    if (lines.length > maxLines) {
      shown.append("… (").append(lines.length - maxLines).append(" more lines)\n");
    }
    return "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width,initial-scale=1'>"
        + "<title>"
        + escape(name)
        + "</title><style>body{margin:0;font:13px/1.4 'DejaVu Sans Mono',monospace}"
        + "header{font:13px sans-serif;background:#eef1f4;padding:8px 12px;border-bottom:1px solid"
        + " #ccd}pre{margin:0;padding:10px 12px;white-space:pre-wrap;word-break:break-word}"
        + "</style><header><b>"
        + escape(name)
        + "</b> — downloaded from "
        + escape(from)
        + "</header><pre>"
        + escape(shown.toString())
        + "</pre>";
  }

  /** The body of a GET, as text. */
  static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
