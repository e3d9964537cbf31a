package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's migrations (db/sqlite) keep pace with the server's (db/migration): the same
 * versions, and the same tables, columns and nullability once applied. A new migration in one
 * folder needs its counterpart in the other.
 */
class SchemaParityTest {

  @TempDir Path dir;

  @Test
  void bothFoldersHoldTheSameVersionsAndBuildTheSameTables() throws Exception {
    String server = "jdbc:h2:mem:parity-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    String embedded = ArticleStore.sqliteUrl(dir.resolve("parity.sqlite"));
    List<String> serverVersions = migrate(server, "sa", "classpath:db/migration");
    List<String> embeddedVersions = migrate(embedded, null, "classpath:db/sqlite");
    assertTrue(serverVersions.size() >= 2, serverVersions.toString());
    assertEquals(serverVersions, embeddedVersions);
    try (Connection s = DriverManager.getConnection(server, "sa", "");
        Connection e = DriverManager.getConnection(embedded)) {
      assertEquals(columns(s), columns(e));
    }
  }

  private static List<String> migrate(String url, String user, String location) {
    Flyway f = Flyway.configure().dataSource(url, user, "").locations(location).load();
    f.migrate();
    return Arrays.stream(f.info().applied())
        .map(MigrationInfo::getVersion)
        .map(Object::toString)
        .toList();
  }

  /** Each table's columns, lower-cased, with "?" marking a nullable one. */
  private static Map<String, TreeSet<String>> columns(Connection c) throws Exception {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet r = meta.getColumns(null, null, "%", "%")) {
      while (r.next()) {
        String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        String schema = r.getString("TABLE_SCHEM");
        if (table.startsWith("flyway_")
            || table.startsWith("sqlite_")
            || (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
          continue;
        }
        String column = r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        boolean nullable = r.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
        out.computeIfAbsent(table, k -> new TreeSet<>()).add(column + (nullable ? "?" : ""));
      }
    }
    return out;
  }
}
