package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void analysesABatchWithBadInputsStoresTheGoodOnesAndIsIdempotent() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("good.txt"),
        "Kenya and Ethiopia Sign Water Accord\n"
            + "March 4, 2025 \u2014 Nairobi\n"
            + "Kenya and Ethiopia signed an accord on the shared river on Monday, officials said.\n"
            + "- Advertisement -\n"
            + "The Ethiopian foreign ministry called it a fair deal.");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("bad.jsonl"), "{oops}\n");
    Path export = dir.resolve("out.json");
    Path report = dir.resolve("report.html");
    String db = dir.resolve("db").toString();

    int code =
        run(
            "analyze",
            in.toString(),
            "--db",
            db,
            "--export",
            export.toString(),
            "--report",
            report.toString());

    assertEquals(ExitCodes.SOME_INPUTS_FAILED, code, err.toString());
    String[] errLines = err.toString().strip().split("\n");
    assertEquals(3, errLines.length, err.toString());
    assertTrue(errLines[0].startsWith("dyad: new empty database at "), err.toString());
    assertTrue(err.toString().contains("empty.txt: empty file"), err.toString());
    assertTrue(err.toString().contains("bad.jsonl:1: malformed JSON"), err.toString());
    JsonNode json = new ObjectMapper().readTree(export.toFile());
    assertEquals(1, json.get("dyad_export").asInt());
    assertEquals(1, json.get("articles").size());
    JsonNode a = json.get("articles").get(0);
    assertEquals("good.txt", a.get("source").asText());
    assertEquals("2025-03-04", a.get("published").asText());
    assertTrue(!a.get("text").asText().contains("Advertisement"));
    assertTrue(Files.readString(report).contains("Kenya"));
    assertTrue(out.toString().contains("1 new"), out.toString());

    out.getBuffer().setLength(0);
    code =
        run(
            "analyze",
            in.resolve("good.txt").toString(),
            "--db",
            db,
            "--export",
            export.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains("0 new, 1 already stored"), out.toString());
    assertEquals(1, new ObjectMapper().readTree(export.toFile()).get("articles").size());
    Path weekly = dir.resolve("weekly.csv");
    assertEquals(
        ExitCodes.OK,
        run(
            "export",
            "--db",
            db,
            "--format",
            "tension-csv",
            "--period",
            "week",
            "--out",
            "" + weekly),
        err.toString());
    assertEquals(
        "period,pair,series,value,conflict,cooperation,events", Files.readAllLines(weekly).get(0));
    assertEquals(
        ExitCodes.USAGE,
        run("export", "--db", db, "--format", "tension-csv", "--period", "day", "--out", "x.csv"));
  }

  @Test
  void helpIsAvailableOnEveryCommand() {
    assertEquals(0, run("--help"));
    assertEquals(0, run("analyze", "--help"));
    assertEquals(0, run("bench", "--help"));
    assertTrue(out.toString().contains("--export"));
  }

  @Test
  void usageErrorsExitWithTheUsageCode() {
    assertEquals(ExitCodes.USAGE, run("analyze"));
    assertEquals(ExitCodes.USAGE, run("no-such-command"));
  }

  @Test
  void usersCanAddFurnitureRulesAndOutputsAreReadableByOthers() throws Exception {
    Path page = dir.resolve("page.txt");
    Files.writeString(
        page,
        "Border Talks Resume\n"
            + "March 4, 2025 \u2014 Nairobi\n"
            + "Kenya and Ethiopia resumed border talks on Monday, officials said.\n"
            + "Brought to you by the Daily Example Club\n"
            + "The Ethiopian foreign ministry called the talks useful.");
    Path rules = dir.resolve("furniture.txt");
    Files.writeString(rules, "[advertisement]\nbrought to you by .{1,40}\n");
    Path export = dir.resolve("out.json");
    int code =
        run(
            "analyze",
            page.toString(),
            "--db",
            dir.resolve("db").toString(),
            "--furniture",
            rules.toString(),
            "--export",
            export.toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    String text =
        new ObjectMapper().readTree(export.toFile()).get("articles").get(0).get("text").asText();
    assertTrue(!text.contains("Brought to you"), text);
    assertTrue(text.contains("useful"), text);
    if (export.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertTrue(
          Files.getPosixFilePermissions(export)
              .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
    }
  }

  /** Analyses the test folder into a database in it with one more option; returns the exit code. */
  private int analyzeWith(String option, String value) {
    return run("analyze", dir.toString(), "--db", dir.resolve("db").toString(), option, value);
  }

  @Test
  void anUnreadableFurnitureFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.txt");
    assertEquals(ExitCodes.USAGE, analyzeWith("--furniture", missing.toString()));
    assertTrue(err.toString().contains("--furniture " + missing), err.toString());
  }

  @Test
  void anUnreadableDictionaryIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.actors.txt");
    assertEquals(ExitCodes.USAGE, analyzeWith("--actors", missing.toString()));
    assertTrue(err.toString().contains(missing.toString()), err.toString());
  }

  @Test
  void aPairThatIsNotTwoKnownCountryCodesIsAUsageErrorNamingIt() {
    for (String bad : new String[] {"AZE", "AZE,XYZ", "Azerbaijan,Russia"}) {
      err.getBuffer().setLength(0);
      assertEquals(ExitCodes.USAGE, analyzeWith("--pair", bad), bad);
      assertTrue(err.toString().contains("--pair " + bad), err.toString());
    }
  }
}
