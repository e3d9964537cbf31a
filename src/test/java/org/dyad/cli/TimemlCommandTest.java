package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlCommandTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void tagsTempEval3TestInputFromAFolderAndWritesTimeMlUnderTheGoldName() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(
        TimemlCommandTest.class.getResourceAsStream("/timeml/harbour.tml.TE3input"),
        in.resolve("harbour.tml.TE3input"));
    Files.writeString(in.resolve("notes.md"), "not an input");
    Path out = dir.resolve("out");

    int code = run("timeml", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(printed().contains("wrote 1 TimeML files"), printed());
    String tml = Files.readString(out.resolve("harbour.tml"));
    // The DCT and the title stay as they were; the text gains TIMEX3 tags resolved against it.
    assertTrue(tml.contains("functionInDocument=\"CREATION_TIME\">March 6, 2024</TIMEX3>"), tml);
    assertTrue(tml.contains("<TITLE>Harbour &amp; ferry workers end strike</TITLE>"), tml);
    assertTrue(tml.contains("type=\"DATE\" value=\"2024-03-05\">Tuesday</TIMEX3>"), tml);
    assertTrue(tml.contains("type=\"DURATION\" value=\"P9D\">nine days</TIMEX3>"), tml);
    assertTrue(tml.contains("type=\"DATE\" value=\"2024-W11\">next week</TIMEX3>"), tml);
    assertTrue(tml.contains("type=\"DATE\" value=\"2024-06\">June 2024</TIMEX3>"), tml);
  }

  private String printed() {
    return super.out.toString();
  }
}
