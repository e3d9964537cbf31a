package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private String problem(byte[] content) throws Exception {
    Path f = dir.resolve("f.txt");
    Files.write(f, content);
    return assertThrows(InputException.class, () -> InputFiles.readText(f, 1024)).getMessage();
  }

  @Test
  void refusesEmptyFiles() throws Exception {
    assertEquals("empty file", problem(new byte[0]));
    assertTrue(problem(" \n\t\n".getBytes(StandardCharsets.UTF_8)).startsWith("empty file"));
  }

  @Test
  void refusesBinaryContent() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
    assertTrue(problem(png).startsWith("binary content"));
  }

  private static byte[] textThen(int textBytes, String tail) {
    String text = "Talks between the two ministers resumed on Monday.\n".repeat(textBytes / 51 + 1);
    return (text + tail).getBytes(StandardCharsets.UTF_8);
  }

  private String read(byte[] content) throws Exception {
    Path f = dir.resolve("g.txt");
    Files.write(f, content);
    return InputFiles.readText(f, 1 << 20);
  }

  @Test
  void aNulAnywhereIsBinaryContentNotOnlyInTheFirstKilobytes() throws Exception {
    byte[] late = textThen(9 * 1024, "more\u0000\u0001\u0002 text");
    Path f = dir.resolve("late.txt");
    Files.write(f, late);
    var e = assertThrows(InputException.class, () -> InputFiles.readText(f, 1 << 20));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }

  @Test
  void manyControlCharactersAfterTheFirstKilobytesAreBinaryContent() throws Exception {
    byte[] late = textThen(9 * 1024, "\u0001\u0002\u0003\u0004".repeat(1000));
    Path f = dir.resolve("late.txt");
    Files.write(f, late);
    var e = assertThrows(InputException.class, () -> InputFiles.readText(f, 1 << 20));
    assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
  }

  @Test
  void aFewStrayControlCharactersAnywhereAreStripped() throws Exception {
    String text = read(textThen(20 * 1024, "The end\u0007 of\u001b the\u007f story.\tDone\r\n"));
    assertTrue(
        text.endsWith("The end of the story.\tDone\r\n"), text.substring(text.length() - 40));
    assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
  }

  @Test
  void refusesInvalidUtf8AndSaysWhere() throws Exception {
    byte[] latin1 = "Caf\u00e9 in Baku".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("invalid UTF-8 at byte 3 (re-save the file as UTF-8)", problem(latin1));
  }

  @Test
  void refusesFilesOverTheLimit() throws Exception {
    String msg = problem("x".repeat(2048).getBytes(StandardCharsets.UTF_8));
    assertTrue(msg.contains("above the 0.0 MB input limit") || msg.contains("input limit"), msg);
  }

  @Test
  void reportsMissingFiles() {
    var e =
        assertThrows(
            InputException.class, () -> InputFiles.readText(dir.resolve("missing.txt"), 1024));
    assertEquals("no such file or directory", e.getMessage());
  }

  @Test
  void dropsAByteOrderMark() throws Exception {
    Path f = dir.resolve("bom.txt");
    Files.write(f, "\uFEFFHello".getBytes(StandardCharsets.UTF_8));
    assertEquals("Hello", InputFiles.readText(f, 1024));
  }

  @Test
  void rejectsANonPositiveLimit() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> InputFiles.readText(dir.resolve("x"), 0));
    assertTrue(e.getMessage().contains("maxBytes"));
  }
}
