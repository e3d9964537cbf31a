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
