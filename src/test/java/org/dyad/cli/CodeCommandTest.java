package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad code} on a records file and dictionaries written for the test. */
class CodeCommandTest extends CliTestSupport {

  @TempDir Path dir;

  private Path records() throws IOException {
    Files.writeString(
        dir.resolve("test.actors.txt"),
        """
        ERIADOR_ [ERI]
        RHOVANION_ [RHO]
        """);
    Files.writeString(
        dir.resolve("test.agents.txt"),
        """
        ARMY [~MIL]
        """);
    Files.writeString(
        dir.resolve("test.verbs.txt"),
        """
        ####### VERB PATTERNS #######

        --- ACCUSE [112] ---
        ACCUSE

        --- SHELL [195] ---
        SHELL
        """);
    Files.writeString(dir.resolve("test.discards.txt"), "");
    Path xml = dir.resolve("test.records.xml");
    Files.writeString(
        xml,
        """
        <Validation>
        <Environment>
          <Verbfile>test.verbs.txt</Verbfile>
          <Actorfile>test.actors.txt</Actorfile>
          <Agentfile>test.agents.txt</Agentfile>
          <Discardfile>test.discards.txt</Discardfile>
        </Environment>
        <Sentences>
        <Sentence date="20210304" id="T-1" category="VERB">
        <EventCoding sourcecode="ERI" targetcode="RHO" eventcode="112"></EventCoding>
        <Text>Eriador accused Rhovanion of hiding weapons near the river.</Text>
        </Sentence>
        <Sentence date="20210304" id="T-2" category="AGENT">
        <EventCoding sourcecode="RHOMIL" targetcode="ERI" eventcode="195"></EventCoding>
        <Text>The Rhovanion army shelled Eriador on Tuesday.</Text>
        </Sentence>
        <Sentence date="20210304" id="T-3" category="NULL">
        <EventCoding noevents="true"></EventCoding>
        <Text>The harvest in Eriador was good this year.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """);
    return xml;
  }

  @Test
  void codesTheRecordsWithTheirOwnDictionariesAndScoresThem() throws IOException {
    int code = run("code", records().toString(), "--threads", "1", "--misses");
    assertEquals(ExitCodes.OK, code, err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("3 records, 2 expected codings"), printed);
    Matcher all =
        Pattern.compile("(?m)^ALL\\s+3\\s+2\\s+(\\d+)\\s+\\S+%\\s+(\\d+)\\s+\\S+%$")
            .matcher(printed);
    assertTrue(all.find(), printed);
    assertEquals("2", all.group(2), printed);
    assertTrue(printed.contains("coded nothing: 1 of 1"), printed);
  }

  @Test
  void aMissingRecordsFileIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nope.xml");
    assertEquals(ExitCodes.USAGE, run("code", missing.toString()));
    assertTrue(err.toString().contains(missing.toString()), err.toString());
  }
}
