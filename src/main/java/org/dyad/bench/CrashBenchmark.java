package org.dyad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.store.ArticleStore;
import org.dyad.store.MinHash;
import org.dyad.store.StoreException;

/**
 * Kills {@code dyad analyze} with SIGKILL at random moments over a corpus of Reuters stories and
 * checks what a user would find afterwards: every database opens, every article the run reported
 * stored is there, nothing is stored twice, and the run that resumes to the end counts exactly what
 * was already stored and exports what an uninterrupted run exports.
 */
public final class CrashBenchmark {

  /** What the crash test found. */
  public record Figures(
      int stories,
      double referenceSeconds,
      int kills,
      int killedBeforeFirstArticle,
      int killedWhileStoring,
      int killedAfterStoring,
      int rounds,
      int failedToOpen,
      int reportedDone,
      int lostAfterReportedDone,
      int duplicates,
      int wrongAlreadyStoredCounts,
      int exportsEqual) {

    /** True when every check held. */
    public boolean passed() {
      return failedToOpen == 0
          && lostAfterReportedDone == 0
          && duplicates == 0
          && wrongAlreadyStoredCounts == 0
          && exportsEqual == rounds;
    }

    /** The figures as the bench prints them. */
    public String format() {
      return String.format(
          Locale.ROOT,
          "uninterrupted run: %d articles in %.0f s%n"
              + "kills: %d (%d before the run reported its first article, %d while storing, %d"
              + " after the last was stored: analysis, export)%n"
              + "rounds: %d (killed runs on one database, then a run to the end)%n"
              + "databases that failed to open: %d%n"
              + "articles reported stored, then lost: %d (of %d reports)%n"
              + "articles stored twice: %d%n"
              + "resumed runs with a wrong \"already stored\" count: %d of %d%n"
              + "resumed exports equal to the uninterrupted run's: %d of %d%n"
              + "%s",
          stories,
          referenceSeconds,
          kills,
          killedBeforeFirstArticle,
          killedWhileStoring,
          killedAfterStoring,
          rounds,
          failedToOpen,
          lostAfterReportedDone,
          reportedDone,
          duplicates,
          wrongAlreadyStoredCounts,
          rounds,
          exportsEqual,
          rounds,
          passed() ? "PASSED" : "FAILED");
    }
  }

  private static final Pattern DONE = Pattern.compile("^dyad: (stored|duplicate) (\\S+) (.*)$");
  private static final Pattern SUMMARY =
      Pattern.compile("^dyad: (\\d+) articles \\((\\d+) new, (\\d+) already stored\\)");

  private final Path work;
  private final Random random;
  private final PrintWriter log;

  private CrashBenchmark(Path work, long seed, PrintWriter log) {
    this.work = work;
    this.random = new Random(seed);
    this.log = log;
  }

  /**
   * Runs the crash test.
   *
   * @param reuters the Reuters-21578 folder
   * @param stories how many stories (near-duplicates left out, so that any order stores the same)
   * @param kills how many times to kill
   * @param seed the seed of the random kill moments
   * @param work an empty folder for the corpus, databases and exports
   */
  public static Figures run(
      Path reuters, int stories, int kills, long seed, Path work, PrintWriter log)
      throws IOException, InterruptedException {
    if (stories < 1 || kills < 1) {
      throw new IllegalArgumentException(
          "stories and kills must be at least 1: " + stories + ", " + kills);
    }
    return new CrashBenchmark(work, seed, log).run(reuters, stories, kills);
  }

  private Figures run(Path reuters, int stories, int kills)
      throws IOException, InterruptedException {
    Path corpus = writeCorpus(reuters, stories);
    Path reference = work.resolve("reference.json");
    long t0 = System.nanoTime();
    Run ref = analyze(corpus, work.resolve("reference-db"), reference, -1);
    double refSeconds = (System.nanoTime() - t0) / 1e9;
    if (ref.exit() != 0 || ref.summary() == null) {
      throw new IOException("the uninterrupted run failed with exit code " + ref.exit());
    }
    int total = ref.summary()[0];
    double startup = ref.firstDoneSeconds();
    double full = refSeconds;
    byte[] expected = Files.readAllBytes(reference);

    int killed = 0;
    int beforeFirst = 0;
    int whileStoring = 0;
    int afterLast = 0;
    int rounds = 0;
    int failedToOpen = 0;
    int reported = 0;
    int lost = 0;
    int duplicates = 0;
    int wrongCounts = 0;
    int exportsEqual = 0;
    while (killed < kills) {
      rounds++;
      Path db = work.resolve("db-" + rounds);
      Path export = work.resolve("export-" + rounds + ".json");
      Set<String> durable = new HashSet<>();
      while (true) {
        long stored = storedIds(db).size();
        long delay = killed < kills ? (long) (moment(startup, full) * 1000) : -1;
        Run r = analyze(corpus, db, export, delay);
        if (!r.killed() && stored == 0 && r.exit() == 0) {
          full = Math.min(full, r.seconds());
          startup = Math.min(startup, r.firstDoneSeconds());
        }
        if (r.killed()) {
          killed++;
          if (r.done().isEmpty()) {
            beforeFirst++;
          } else if (r.done().size() < total) {
            whileStoring++;
          } else {
            afterLast++;
          }
        }
        reported += r.done().size();
        durable.addAll(r.done());
        Set<String> now;
        try {
          now = openAndCheck(db);
        } catch (StoreException | SQLException e) {
          failedToOpen++;
          log.println("  round " + rounds + ": the database does not open: " + e.getMessage());
          break;
        }
        int dup = duplicates(db);
        duplicates += dup;
        Set<String> missing = new HashSet<>(durable);
        missing.removeAll(now);
        lost += missing.size();
        log.printf(
            Locale.ROOT,
            "  round %d: %s after %.1f s; %d stored before, %d reported now, %d stored after%s%n",
            rounds,
            r.killed() ? "killed" : "finished (exit " + r.exit() + ")",
            r.seconds(),
            stored,
            r.done().size(),
            now.size(),
            missing.isEmpty() && dup == 0
                ? ""
                : "; LOST " + missing.size() + ", STORED TWICE " + dup);
        log.flush();
        if (!r.killed()) {
          int[] s = r.summary();
          if (r.exit() != 0
              || s == null
              || s[0] != total
              || s[2] != stored
              || s[1] != total - stored) {
            wrongCounts++;
            log.println(
                "  round "
                    + rounds
                    + ": resumed run counted "
                    + (s == null ? "nothing" : s[1] + " new, " + s[2] + " already stored")
                    + " with "
                    + stored
                    + " stored before");
          }
          if (Arrays.equals(expected, Files.readAllBytes(export))) {
            exportsEqual++;
          } else {
            log.println("  round " + rounds + ": the resumed export differs from the reference");
          }
          break;
        }
      }
    }
    return new Figures(
        total,
        refSeconds,
        killed,
        beforeFirst,
        whileStoring,
        afterLast,
        rounds,
        failedToOpen,
        reported,
        lost,
        duplicates,
        wrongCounts,
        exportsEqual);
  }

  /**
   * A random moment of a run, in seconds from its start: one in five during start-up (opening and
   * migrating the database, loading the models), the others while articles are being stored, up to
   * the end of an uninterrupted run (a run resumed with less to do may end before it).
   */
  private double moment(double startup, double full) {
    double from = random.nextInt(5) == 0 ? 0 : startup * 0.9;
    double to = from == 0 ? startup : full;
    return from + random.nextDouble() * Math.max(0.1, to - from);
  }

  /**
   * Writes the first {@code stories} Reuters stories that are neither exact nor near duplicates of
   * an earlier one, one {@code .txt} file each.
   */
  private Path writeCorpus(Path reuters, int stories) throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<long[]> kept = new ArrayList<>();
    int n = 0;
    for (Reuters.Story s : Reuters.read(reuters, stories * 3)) {
      long[] sig = MinHash.signature(s.body());
      if (s.body().isBlank() || kept.stream().anyMatch(k -> MinHash.similarity(k, sig) >= 0.5)) {
        continue;
      }
      kept.add(sig);
      Files.writeString(
          corpus.resolve("reuters-" + s.id() + ".txt"), s.body() + "\n", StandardCharsets.UTF_8);
      if (++n == stories) {
        break;
      }
    }
    return corpus;
  }

  /** One run of {@code dyad analyze}: what it reported stored and how it ended. */
  private record Run(
      boolean killed,
      int exit,
      double seconds,
      double firstDoneSeconds,
      Set<String> done,
      int[] summary) {}

  /** Runs {@code dyad analyze} in a child JVM, killing it after {@code killAfterMs} unless -1. */
  private Run analyze(Path corpus, Path db, Path export, long killAfterMs)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-Xmx2g",
            "-cp",
            System.getProperty("java.class.path"),
            "org.dyad.cli.Main",
            "analyze",
            corpus.toString(),
            "--db",
            db.toString(),
            "--export",
            export.toString(),
            "--progress",
            "lines",
            "--threads",
            "2");
    Files.deleteIfExists(export);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).start();
    Set<String> done = Collections.synchronizedSet(new HashSet<>());
    int[][] summary = new int[1][];
    long[] firstDone = {-1};
    Thread err =
        drain(
            p.getErrorStream(),
            line -> {
              Matcher m = DONE.matcher(line);
              if (m.matches()) {
                synchronized (done) {
                  if (done.isEmpty()) {
                    firstDone[0] = System.nanoTime();
                  }
                  done.add(m.group(2));
                }
              }
            });
    Thread out =
        drain(
            p.getInputStream(),
            line -> {
              Matcher m = SUMMARY.matcher(line);
              if (m.find()) {
                summary[0] =
                    new int[] {
                      Integer.parseInt(m.group(1)),
                      Integer.parseInt(m.group(2)),
                      Integer.parseInt(m.group(3))
                    };
              }
            });
    boolean killed = false;
    if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      killed = true;
    }
    int exit = p.waitFor();
    err.join();
    out.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    synchronized (done) {
      double first = firstDone[0] < 0 ? seconds : (firstDone[0] - start) / 1e9;
      return new Run(killed, exit, seconds, first, new HashSet<>(done), summary[0]);
    }
  }

  private static Thread drain(InputStream in, java.util.function.Consumer<String> lines) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.accept(line);
                }
              } catch (IOException e) {
                // the process was killed mid-line
              }
            },
            "crash-bench-drain");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The ids stored in a database folder that may not exist yet. */
  private static Set<String> storedIds(Path db) throws IOException {
    if (!Files.exists(db.resolve(ArticleStore.EMBEDDED_FILE))) {
      return Set.of();
    }
    try {
      return openAndCheck(db);
    } catch (StoreException | SQLException e) {
      throw new IOException("the database does not open: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the folder as Dyad does, reads every article, and runs SQLite's integrity check; the ids
   * of the stored articles.
   */
  private static Set<String> openAndCheck(Path db) throws StoreException, SQLException {
    Set<String> ids = new HashSet<>();
    try (ArticleStore store = ArticleStore.openEmbedded(db)) {
      for (AnnotatedArticle a : store.loadAll()) {
        ids.add(a.article().id());
      }
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + db.resolve(ArticleStore.EMBEDDED_FILE).toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      if (!r.next() || !"ok".equals(r.getString(1))) {
        throw new SQLException("integrity check: " + (r.isClosed() ? "?" : r.getString(1)));
      }
    }
    return ids;
  }

  /** Articles stored more than once: rows beyond one per text, or annotations beyond one each. */
  private static int duplicates(Path db) throws IOException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + db.resolve(ArticleStore.EMBEDDED_FILE).toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM article)"
                    + " + (SELECT COUNT(*) - COUNT(DISTINCT article_id) FROM annotation)"
                    + " + (SELECT COUNT(*) FROM article a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM annotation n WHERE n.article_id = a.id))")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new IOException("cannot count duplicates in " + db + ": " + e.getMessage(), e);
    }
  }
}
