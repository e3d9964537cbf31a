package org.dyad.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** XML namespace look-ups over jsoup's XML tree, which keeps prefixed names as written. */
final class Xml {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String RSS1 = "http://purl.org/rss/1.0/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** Namespaces of prefixes that feeds use without declaring them. */
  private static final Map<String, String> CONVENTIONAL =
      Map.of("dc", DC, "content", CONTENT, "rdf", RDF, "atom", ATOM, "xml", "xml");

  private Xml() {}

  /** The element's name without its prefix. */
  static String local(Element e) {
    String name = e.tagName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** The namespace URI of the element's name ("" for none). */
  static String namespace(Element e) {
    String name = e.tagName();
    int colon = name.indexOf(':');
    String prefix = colon < 0 ? "" : name.substring(0, colon);
    String key = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    for (Element a = e; a != null; a = a.parent()) {
      if (a.hasAttr(key)) {
        return a.attr(key).strip();
      }
    }
    return prefix.isEmpty() ? "" : CONVENTIONAL.getOrDefault(prefix, prefix);
  }

  static boolean is(Element e, String namespace, String local) {
    return local(e).equals(local) && namespace(e).equals(namespace);
  }

  /** The children of {@code parent} with the given namespace and local name, in order. */
  static List<Element> children(Element parent, String namespace, String local) {
    List<Element> out = new ArrayList<>();
    for (Element c : parent.children()) {
      if (is(c, namespace, local)) {
        out.add(c);
      }
    }
    return out;
  }

  static Element child(Element parent, String namespace, String local) {
    for (Element c : parent.children()) {
      if (is(c, namespace, local)) {
        return c;
      }
    }
    return null;
  }

  /** The stripped text of the first such child, or null when it is absent or blank. */
  static String childText(Element parent, String namespace, String local) {
    Element c = child(parent, namespace, local);
    if (c == null) {
      return null;
    }
    String t = c.wholeText().strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The element's content as the markup string it carries: the text of an element holding only text
   * or CDATA (escaped HTML, as feeds carry it), else its children serialised, so that HTML a feed
   * left unescaped keeps its structure.
   */
  static String markup(Element e) {
    if (e.children().isEmpty()) {
      return e.wholeText();
    }
    StringBuilder out = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof CDataNode c) {
        out.append(c.text());
      } else if (n instanceof TextNode t) {
        out.append(t.outerHtml());
      } else if (n instanceof Element child) {
        out.append(child.outerHtml());
      }
    }
    return out.toString();
  }

  /** The element's base URI: {@code xml:base} attributes from the root down, over {@code doc}. */
  static URI base(Element e, URI doc) {
    List<String> bases = new ArrayList<>();
    for (Element a = e; a != null; a = a.parent()) {
      if (a.hasAttr("xml:base")) {
        bases.add(0, a.attr("xml:base").strip());
      }
    }
    URI base = doc;
    for (String b : bases) {
      URI next = resolve(base, b);
      if (next != null) {
        base = next;
      }
    }
    return base;
  }

  /** {@code ref} resolved against {@code base} (which may be null), or null when it is no URI. */
  static URI resolve(URI base, String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    try {
      URI r = new URI(ref.strip().replace(" ", "%20"));
      return base == null || r.isAbsolute() ? r : base.resolve(r);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
