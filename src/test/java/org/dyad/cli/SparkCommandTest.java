package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparkCommandTest extends CliTestSupport {

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
  void refusesConfThatIsNotASparkPropertyNamingTheKey() {
    assertEquals(
        ExitCodes.USAGE, run("spark", "examples", "--out", "x", "--conf", "executor.memory=3g"));
    assertTrue(
        err.toString().contains("--conf takes Spark properties (spark.*): executor.memory"),
        err.toString());
  }

  @Test
  void isListedInTheHelp() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("spark"), out.toString());
  }
}
