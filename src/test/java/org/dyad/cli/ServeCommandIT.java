package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve} as a user runs it, in its own JVM: it starts in little memory (no CoreNLP),
 * answers, and on Ctrl-C stops serving and releases the database.
 */
class ServeCommandIT {

  @TempDir Path dir;

  /** {@code dyad serve} on {@code db} in a small JVM, on a free port, with {@code flag}. */
  private static ProcessBuilder serve(Path db, String flag, Path errFile) {
    return new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.dyad.cli.Main",
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0",
                "--refresh-seconds",
                "0",
                flag))
        .redirectError(errFile.toFile());
  }

  /** The first line the server prints, which names its address. */
  private static String firstLine(Process p, Path errFile) throws Exception {
    String line;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
    }
    assertTrue(line != null, "no output; stderr: " + Files.readString(errFile));
    return line;
  }

  @Test
  void servesUntilInterruptedThenStopsCleanly() throws Exception {
    Path db = dir.resolve("db");
    Path errFile = dir.resolve("err.txt");
    Process p = serve(db, "--create", errFile).start();
    try {
      String line = firstLine(p, errFile);
      Matcher url =
          Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)").matcher(line);
      assertTrue(url.find(), line);
      assertTrue(
          line.startsWith("dyad: serving 0 articles, 0 events from the embedded database"), line);
      assertTrue(Files.exists(db.resolve(ServeMarker.FILE)), "the server leaves a note");
      HttpResponse<String> summary =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "api/summary")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, summary.statusCode());
      assertTrue(summary.body().contains("\"articles\":0"), summary.body());

      Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertEquals(0, interrupt.waitFor());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after Ctrl-C");
      assertTrue(Files.readString(errFile).contains("dyad: stopped"), Files.readString(errFile));
      assertTrue(
          !Files.exists(db.resolve(ServeMarker.FILE)), "the note naming the server is removed");
    } finally {
      p.destroyForcibly();
    }
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      assertEquals(0, store.countArticles(), "the database was released");
    }
  }

  @Test
  void withIngestOnPostsNeedTheTokenFromTheEnvironment() throws Exception {
    String token = "serve-it-token-0123456789abcdef";
    Path errFile = dir.resolve("err.txt");
    ProcessBuilder builder = serve(dir.resolve("db"), "--allow-ingest", errFile);
    builder.environment().put("DYAD_API_TOKEN", token);
    Process p = builder.start();
    try {
      String line = firstLine(p, errFile);
      Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
      assertTrue(url.find(), line);
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest.Builder reload =
          HttpRequest.newBuilder(URI.create(url.group(1) + "api/reload"))
              .POST(HttpRequest.BodyPublishers.noBody());
      assertEquals(
          401, client.send(reload.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
      HttpResponse<String> allowed =
          client.send(
              reload.header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, allowed.statusCode(), allowed.body());
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
      p.destroyForcibly();
    }
  }
}
