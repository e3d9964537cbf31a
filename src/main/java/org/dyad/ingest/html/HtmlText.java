package org.dyad.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
          "br");

  private HtmlText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    walk(root, out, para);
    flush(out, para);
    return out.toString().strip();
  }

  private static void walk(Node node, StringBuilder out, StringBuilder para) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        para.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("script")
            || tag.equals("style")
            || tag.equals("noscript")
            || tag.equals("template")) {
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          flush(out, para);
        }
        walk(e, out, para);
        if (block) {
          flush(out, para);
        }
      }
    }
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    String s = para.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    para.setLength(0);
    if (!s.isEmpty()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(s);
    }
  }
}
