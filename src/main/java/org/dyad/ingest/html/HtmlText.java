package org.dyad.ingest.html;

import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Plain text of an HTML element with one paragraph per block element and spaces normalised. */
final class HtmlText {

  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "pre",
          "tr",
          "section",
          "article",
          "ul",
          "ol",
          "dl",
          "table",
          "figure",
          "figcaption",
          "header",
          "footer",
          "dd",
          "dt",
          "main",
          "aside",
          "nav",
          "form",
          "address",
          "hr",
          "br",
          "details",
          "summary",
          "center");

  /** Elements whose content is never text a reader sees. */
  static final Set<String> INVISIBLE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "select",
          "option",
          "button",
          "input",
          "textarea",
          "head",
          "title",
          "meta",
          "link");

  /** Table cells and similar inline boxes whose text is separated from the next by a space. */
  static final Set<String> SPACED = Set.of("td", "th", "label", "dd", "dt", "li");

  private HtmlText() {}

  static String of(Element root) {
    return of(root, e -> false);
  }

  /** The text of {@code root} without the subtrees of elements {@code skip} accepts. */
  static String of(Element root, Predicate<Element> skip) {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              para.append(t.getWholeText());
            } else if (node instanceof Element e && node != root) {
              if (INVISIBLE.contains(e.normalName()) || skip.test(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (BLOCKS.contains(e.normalName())) {
                flush(out, para);
              } else if (SPACED.contains(e.normalName())) {
                para.append(' ');
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(out, para);
            } else if (node instanceof Element e && SPACED.contains(e.normalName())) {
              para.append(' ');
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(out, para);
    return out.toString();
  }

  /** Collapses runs of spaces inside paragraphs and keeps paragraph breaks as blank lines. */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder();
    for (String p : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
      String s = collapse(p);
      if (!s.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(s);
      }
    }
    return out.toString();
  }

  static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b'
          || c == '\ufeff'
          || c == '\u00ad'
          || c == '\ufffd'
          || c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    String s = collapse(para);
    para.setLength(0);
    if (!s.isEmpty()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(s);
    }
  }
}
