package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} and {@code export} against a real PostgreSQL server named by {@code DYAD_PG_URL}
 * and {@code DYAD_PG_USER} ({@code .ci/run} starts one; the password, if the server wants one, is
 * the {@code DYAD_DB_PASSWORD} the CLI reads).
 */
class StoreOptionsPostgresIT extends CliTestSupport {

  private static final String URL = setting("DYAD_PG_URL", null);
  private static final String USER = setting("DYAD_PG_USER", "dyad");

  @TempDir Path dir;

  private static String setting(String name, String fallback) {
    String v = System.getenv(name);
    return v != null ? v : System.getProperty(name, fallback);
  }

  @BeforeEach
  void emptyDatabase() throws Exception {
    if (System.getenv("DYAD_REQUIRE_PG") != null) {
      assertNotNull(URL, "DYAD_REQUIRE_PG is set but DYAD_PG_URL is not");
    }
    assumeTrue(URL != null, "DYAD_PG_URL is not set: no PostgreSQL server for this run");
    String password = System.getenv(StoreOptions.PASSWORD_VARIABLE);
    try (Connection c = DriverManager.getConnection(URL, USER, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Test
  void analyzeStoresInPostgresqlAndExportReadsItBack() throws Exception {
    Path in = dir.resolve("talks.txt");
    Files.writeString(
        in,
        "Ghana and Togo Agree on Border Patrols\n"
            + "May 6, 2025 \u2014 Accra\n"
            + "Ghana and Togo signed an agreement on joint border patrols on Monday, officials"
            + " said.\n"
            + "The Togolese interior ministry welcomed the deal.");
    Path first = dir.resolve("first.json");
    int code =
        run(
            "analyze",
            in.toString(),
            "--db-url",
            URL,
            "--db-user",
            USER,
            "--export",
            first.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains("1 new"), out.toString());
    assertTrue(!err.toString().contains("embedded database"), err.toString());

    Path second = dir.resolve("second.json");
    code =
        run(
            "export",
            "--db-url",
            URL,
            "--db-user",
            USER,
            "--format",
            "json",
            "--out",
            second.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    JsonNode exported = new ObjectMapper().readTree(second.toFile());
    assertEquals(1, exported.get("articles").size());
    assertEquals("talks.txt", exported.at("/articles/0/source").asText());
    assertEquals("2025-05-06", exported.at("/articles/0/published").asText());
    assertEquals(new ObjectMapper().readTree(first.toFile()), exported);

    out.getBuffer().setLength(0);
    assertEquals(ExitCodes.OK, run("analyze", in.toString(), "--db-url", URL, "--db-user", USER));
    assertTrue(out.toString().contains("0 new, 1 already stored"), out.toString());
  }
}
