package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract against a real PostgreSQL server: {@code DYAD_PG_URL} (with {@code
 * DYAD_PG_USER}, {@code DYAD_PG_PASSWORD}) names an empty database; {@code .ci/run} starts one.
 */
class ArticleStorePostgresIT extends ArticleStoreContract {

  private static final String URL = setting("DYAD_PG_URL", null);
  private static final String USER = setting("DYAD_PG_USER", "dyad");
  private static final String PASSWORD = setting("DYAD_PG_PASSWORD", "");

  /** An environment variable, or the system property of the same name, or a default. */
  private static String setting(String name, String fallback) {
    String v = System.getenv(name);
    return v != null ? v : System.getProperty(name, fallback);
  }

  @BeforeEach
  void resetSchema() throws Exception {
    if (System.getenv("DYAD_REQUIRE_PG") != null) {
      assertNotNull(URL, "DYAD_REQUIRE_PG is set but DYAD_PG_URL is not");
    }
    assumeTrue(URL != null, "DYAD_PG_URL is not set: no PostgreSQL server for this run");
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }

  @Override
  ArticleStore open() throws Exception {
    resetSchema();
    return ArticleStore.open(URL, USER, PASSWORD);
  }
}
