package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store options every command shares: an embedded folder or a PostgreSQL server. */
class StoreOptionsTest extends CliTestSupport {

  @TempDir Path dir;

  private String[] exportWith(String... storeArgs) {
    String[] base = {"export", "--format", "json", "--out", dir.resolve("out.json").toString()};
    String[] all = new String[base.length + storeArgs.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(storeArgs, 0, all, base.length, storeArgs.length);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "export", "serve"})
  void everyStoreCommandDocumentsBothKindsOfStore(String command) {
    assertEquals(ExitCodes.OK, run(command, "--help"));
    String help = out.toString();
    assertTrue(help.contains("--db=DIR"), help);
    assertTrue(help.contains("--db-url=URL"), help);
    assertTrue(help.contains("--db-user=USER"), help);
    assertTrue(help.contains("$DYAD_DB_PASSWORD"), help);
  }

  @Test
  void aFolderAndAServerAtOnceIsAUsageError() {
    int code =
        run(exportWith("--db", dir.resolve("db").toString(), "--db-url", "jdbc:postgresql://h/d"));
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(
        err.toString().contains("--db and --db-url cannot be used together"), err.toString());
  }

  @Test
  void aUserWithoutAServerIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run(exportWith("--db-user", "someone")));
    assertTrue(err.toString().contains("--db-user needs --db-url"), err.toString());
  }

  @Test
  void onlyPostgresqlUrlsWithoutPasswordsAreAccepted() {
    assertEquals(ExitCodes.USAGE, run(exportWith("--db-url", "jdbc:h2:mem:x")));
    assertTrue(err.toString().contains("PostgreSQL JDBC URL"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        ExitCodes.USAGE,
        run(exportWith("--db-url", "jdbc:postgresql://h/d?user=u&Password=secret")));
    assertTrue(err.toString().contains("DYAD_DB_PASSWORD"), err.toString());
    assertTrue(!err.toString().contains("secret"), "the password is not echoed: " + err);
  }

  @Test
  void anUnreachableServerIsAStoreFailureNamingIt() {
    String url = "jdbc:postgresql://127.0.0.1:1/dyad?connectTimeout=5";
    assertEquals(ExitCodes.STORE_FAILED, run(exportWith("--db-url", url, "--db-user", "dyad")));
    assertTrue(err.toString().contains("cannot open database " + url), err.toString());
  }

  @Test
  void anEmbeddedFolderStillWorks() {
    Path db = dir.resolve("db");
    assertEquals(ExitCodes.OK, run(exportWith("--db", db.toString(), "--create")), err.toString());
    assertTrue(out.toString().contains("(0 articles, 0 events)"), out.toString());
    assertTrue(err.toString().contains("new empty database at " + db), err.toString());
  }

  @Test
  void aMistypedFolderIsRefusedNotCreated() {
    Path db = dir.resolve("typo");
    assertEquals(ExitCodes.USAGE, run(exportWith("--db", db.toString())));
    assertTrue(err.toString().contains("no Dyad database at --db " + db), err.toString());
    assertTrue(err.toString().contains("--create"), err.toString());
    assertTrue(!java.nio.file.Files.exists(db), "nothing was created");
  }

  @Test
  void aFolderOfOtherFilesIsNotMadeADatabase() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a database");
    assertEquals(ExitCodes.USAGE, run("analyze", "--db", dir.toString(), "missing.txt"));
    assertTrue(err.toString().contains("holds other files but no Dyad database"), err.toString());
  }

  @Test
  void aHeldDatabaseNamesTheServerThatHoldsItAndWhatToDo() {
    ServeMarker.Serving serving = new ServeMarker.Serving(42, "http://127.0.0.1:8080/");
    String m =
        StoreOptions.held(
                dir,
                serving,
                new org.dyad.store.StoreException(
                    "cannot open embedded database x: The file is locked: x/dyad.mv.db", null))
            .getMessage();
    assertTrue(m.contains("'dyad serve' (pid 42, http://127.0.0.1:8080/) holds it"), m);
    assertTrue(m.contains("Stop it with Ctrl-C"), m);
    String other =
        StoreOptions.held(
                dir,
                null,
                new org.dyad.store.StoreException("Database may be already in use", null))
            .getMessage();
    assertTrue(other.contains("another Dyad process holds it"), other);
  }

  @Test
  void serveRefusesAPortOutOfRange() {
    assertEquals(
        ExitCodes.USAGE, run("serve", "--db", dir.resolve("db").toString(), "--port", "70000"));
    assertTrue(err.toString().contains("--port must be in 0..65535: 70000"), err.toString());
  }
}
