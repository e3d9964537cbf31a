package org.dyad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HighlighterTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab <>&\"';\n\u00e9\u2014").ofMaxLength(60);
  }

  @Property(tries = 500)
  void anySpansGiveWellFormedMarkupThatKeepsTheText(
      @ForAll("texts") String text,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 64) Integer> starts,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 30) Integer> lengths,
      @ForAll("texts") String title)
      throws Exception {
    Highlighter h = new Highlighter();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      Span s = new Span(starts.get(i), starts.get(i) + lengths.get(i));
      spans.add(s);
      h.add(s, "c" + i + " \"x\"", i % 2 == 0 ? title : null, "m" + i);
    }
    Element root = parseXml(h.render(text));

    NodeList ps = root.getElementsByTagName("p");
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      paragraphs.add(ps.item(i).getTextContent());
    }
    assertEquals(text.replaceAll("\n+", "\n"), String.join("\n", paragraphs));
    assertEquals(ps.getLength(), root.getChildNodes().getLength() - newlines(root));

    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      int n = text.length();
      String expected = text.substring(Math.min(s.start(), n), Math.min(s.end(), n));
      assertEquals(expected.replace("\n", ""), markText(root, "m" + i), "mark m" + i);
    }
  }

  @Test
  void nestsPartialOverlapsEarliestOutermost() {
    Highlighter h = new Highlighter();
    h.add(new Span(0, 5), "a", null, "x");
    h.add(new Span(3, 8), "b", "t", "y");
    assertEquals(
        "<p><span class=\"a\" id=\"x\">abc<span class=\"b\" title=\"t\" id=\"y\">de</span>"
            + "</span><span class=\"b\" title=\"t\" data-cont=\"y\">fgh</span></p>",
        h.render("abcdefgh"));
  }

  @Test
  void nestedSpansStayOpenAcrossTheirInnerSpans() {
    Highlighter h = new Highlighter();
    h.add(new Span(0, 9), "s", null, "s1");
    h.add(new Span(2, 4), "e", null, null);
    h.add(new Span(5, 7), "e", null, null);
    assertEquals(
        "<p><span class=\"s\" id=\"s1\">ab<span class=\"e\">cd</span>e"
            + "<span class=\"e\">fg</span>hi</span></p>",
        h.render("abcdefghi"));
  }

  @Test
  void aSpanAcrossParagraphsIsClosedAndContinued() {
    Highlighter h = new Highlighter();
    h.add(new Span(1, 5), "s", null, "s1");
    assertEquals(
        "<p>a<span class=\"s\" id=\"s1\">b</span></p>\n<p><span class=\"s\" data-cont=\"s1\">c"
            + "</span>de</p>",
        h.render("ab\n\ncde"));
  }

  @Test
  void runsOfLineBreaksMakeOneParagraphBreak() {
    assertEquals("<p>a &amp; b</p>\n<p>c</p>", new Highlighter().render("a & b\n\n\nc"));
  }

  @Test
  void duplicateIdsAreDropped() {
    Highlighter h = new Highlighter();
    h.add(new Span(0, 1), "a", null, "x");
    h.add(new Span(1, 2), "b", null, "x");
    assertEquals(
        "<p><span class=\"a\" id=\"x\">a</span><span class=\"b\">b</span></p>", h.render("ab"));
  }

  @Test
  void rejectsMissingSpan() {
    assertThrows(
        IllegalArgumentException.class, () -> new Highlighter().add(null, "a", null, null));
  }

  /** Parses the output as XML, which fails on any unbalanced or badly escaped markup. */
  private static Element parseXml(String html) throws Exception {
    var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder
        .parse(new InputSource(new StringReader("<div>" + html + "</div>")))
        .getDocumentElement();
  }

  private static int newlines(Element root) {
    int n = 0;
    for (int i = 0; i < root.getChildNodes().getLength(); i++) {
      if (root.getChildNodes().item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        n++;
      }
    }
    return n;
  }

  /** The text of a mark: its first piece (with the id) and its continuations, in order. */
  private static String markText(Element root, String id) {
    StringBuilder s = new StringBuilder();
    NodeList spans = root.getElementsByTagName("span");
    for (int i = 0; i < spans.getLength(); i++) {
      Element e = (Element) spans.item(i);
      if (e.getAttribute("id").equals(id) || e.getAttribute("data-cont").equals(id)) {
        s.append(e.getTextContent());
      }
    }
    return s.toString();
  }
}
