package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the command line says when it is used wrongly, and how its help reads. */
class CliMessagesTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void aUsageErrorIsOneLineAndAHintNotTheWholeHelp() {
    assertEquals(ExitCodes.USAGE, run("analyze"));
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err.toString());
    assertEquals("dyad analyze: Missing required parameter: 'INPUT'", lines.get(0));
    assertEquals("Try 'dyad analyze --help' for its options.", lines.get(1));
  }

  @Test
  void anUnknownFormatListsTheFormats() {
    int code =
        run("export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--db", "x");
    assertEquals(ExitCodes.USAGE, code);
    String e = err.toString();
    assertTrue(e.contains("'csv' is not a format"), e);
    assertTrue(e.contains("json, gdelt-csv, tension-csv, html"), e);
    assertFalse(e.contains("No enum constant"), e);
    assertEquals(2, e.lines().count(), e);
  }

  @Test
  void formatsAndPeriodsAreReadInAnyCase() {
    assertEquals(
        ExportCommand.Format.GDELT_CSV, new ExportCommand.FormatConverter().convert("GDELT-csv"));
    assertEquals(
        org.dyad.compare.TensionIndex.Period.WEEK,
        new ExportCommand.PeriodConverter().convert("Week"));
  }

  @Test
  void aMistypedCommandIsSuggested() {
    assertEquals(ExitCodes.USAGE, run("anlyze", "examples"));
    assertTrue(err.toString().contains("Did you mean: dyad analyze?"), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "export", "serve"})
  void helpWrapsAtSpacesOnly(String command) {
    assertEquals(ExitCodes.OK, run(command, "--help"));
    String help = out.toString();
    assertTrue(help.contains("~/.local/share/dyad/db"), help);
    assertFalse(help.contains("${"), "defaults are filled in: " + help);
    for (String line : help.lines().toList()) {
      assertTrue(line.length() <= HelpLayout.WIDTH, line);
    }
    assertTrue(help.startsWith("Usage: dyad " + command + " "), help);
  }

  @Test
  void wrappingKeepsWordsWhole() {
    assertEquals(
        List.of("abc def", "  FILE.json", "  ~/.local/x"),
        HelpLayout.wrap("abc def FILE.json ~/.local/x", 10, "  "));
  }
}
