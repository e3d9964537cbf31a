package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputDecoderTest {

  private static final String TEXT = "Dépêche from Liège: Zürich talks";

  @Test
  void theHeaderThenTheDocumentDeclareTheCharset() throws Exception {
    byte[] latin =
        ("<?xml version='1.0' encoding='ISO-8859-1'?><rss>" + TEXT + "</rss>")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("ISO-8859-1", InputDecoder.declaredCharset(latin));
    assertEquals(true, InputDecoder.decode(latin, null).contains(TEXT));
    byte[] cyrillic = "<p>Київ</p>".getBytes(Charset.forName("windows-1251"));
    assertEquals("<p>Київ</p>", InputDecoder.decode(cyrillic, "windows-1251"));
    byte[] meta =
        ("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>x</title></head>"
                + "<body>\u2019quoted\u2019</body></html>")
            .getBytes(Charset.forName("windows-1252"));
    assertEquals(true, InputDecoder.decode(meta, null).contains("\u2019quoted\u2019"));
  }

  @Test
  void aBomWinsAndUndeclaredBytesAreUtf8OrElseWindows1252() throws Exception {
    byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(TEXT, InputDecoder.decode(utf16, "iso-8859-1"));
    assertEquals(TEXT, InputDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(TEXT, InputDecoder.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1), null));
  }

  @Test
  void aMetaTagQuotedInsideAFeedDoesNotCount() {
    byte[] feed =
        "<rss><item><description><![CDATA[<meta charset=\"koi8-r\">]]></description></item></rss>"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(null, InputDecoder.declaredCharset(feed));
  }

  @Test
  void emptyBinaryAndUnknownCharsetsAreProblems() {
    assertEquals(
        "empty file",
        assertThrows(InputException.class, () -> InputDecoder.decode(new byte[0], null))
            .getMessage());
    assertEquals(
        "binary content, not text",
        assertThrows(
                InputException.class,
                () -> InputDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null))
            .getMessage());
    assertEquals(
        "unknown charset 'x-no-such'",
        assertThrows(
                InputException.class,
                () -> InputDecoder.decode("abc".getBytes(StandardCharsets.UTF_8), "x-no-such"))
            .getMessage());
  }
}
