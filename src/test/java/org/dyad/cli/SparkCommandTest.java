package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SparkCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void needsAnOutputFolder() {
    assertEquals(ExitCodes.USAGE, run("spark", "examples"));
    assertTrue(err.toString().contains("--out"), err.toString());
  }

  @Test
  void refusesNegativePartitionsNamingTheValue() {
    assertEquals(ExitCodes.USAGE, run("spark", "examples", "--out", "x", "--partitions", "0"));
    assertTrue(err.toString().contains("--partitions must be at least 1: 0"), err.toString());
  }

  @Test
  void isListedInTheHelp() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("spark"), out.toString());
  }
}
