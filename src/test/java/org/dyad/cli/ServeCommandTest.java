package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}'s refusals of settings that would leave it open, before it listens. */
class ServeCommandTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void ingestWithoutATokenIsAUsageError() {
    assumeTrue(System.getenv(ServeCommand.TOKEN_VARIABLE) == null, "the test needs it unset");
    int code = run("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--allow-ingest");
    assertEquals(ExitCodes.USAGE, code, err.toString());
    assertTrue(err.toString().contains("DYAD_API_TOKEN"), err.toString());
  }

  @Test
  void aPublicHostIsANameNotAUrl() {
    int code =
        run(
            "serve",
            "--db",
            dir.resolve("db").toString(),
            "--port",
            "0",
            "--public-host",
            "https://dyad.example/");
    assertEquals(ExitCodes.USAGE, code, err.toString());
    assertTrue(err.toString().contains("--public-host"), err.toString());
  }

  @Test
  void helpNamesTheTokenAndPublicHosts() {
    assertEquals(0, run("serve", "--help"));
    assertTrue(out.toString().contains("--public-host"), out.toString());
    assertTrue(out.toString().contains("DYAD_API_TOKEN"), out.toString());
  }
}
