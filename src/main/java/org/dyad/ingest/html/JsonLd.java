package org.dyad.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The schema.org objects a page declares in {@code application/ld+json} scripts. */
final class JsonLd {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(Article|BlogPosting|Report|Posting|WebPage|Review).*");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:p|br|div|h[1-6]|a|em|strong|b|i|span|ul|li)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SCRIPT = 2_000_000;
  private static final int MAX_NODES = 20_000;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > MAX_SCRIPT) {
        continue;
      }
      try {
        flatten(JSON.readTree(data.replace("<!--", "").replace("-->", "")), objects);
      } catch (Exception e) {
        // malformed JSON-LD is common on real pages; such a script is ignored
      }
    }
    return new JsonLd(objects);
  }

  /** Every object in the tree, outermost first, without recursion. */
  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        out.add(n);
        for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "hasPart")) {
          JsonNode child = n.get(key);
          if (child != null && (child.isArray() || child.isObject())) {
            todo.add(child);
          }
        }
      }
    }
  }

  /** The object describing the article: an Article type, else the first with a headline. */
  JsonNode article() {
    JsonNode fallback = null;
    for (JsonNode n : objects) {
      String type = n.path("@type").toString();
      if (n.has("articleBody")
          || (ARTICLE_TYPE.matcher(type).matches() && !type.contains("WebPage"))) {
        return n;
      }
      if (fallback == null && (n.has("headline") || type.contains("WebPage"))) {
        fallback = n;
      }
    }
    return fallback;
  }

  /** The publisher or website object's name. */
  String publisherName() {
    JsonNode a = article();
    String name = a == null ? null : name(a.get("publisher"));
    if (name != null) {
      return name;
    }
    for (JsonNode n : objects) {
      String type = n.path("@type").asText("");
      if (type.equals("WebSite") || type.equals("NewsMediaOrganization")) {
        name = text(n.get("name"));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /** The article's articleBody as plain text with paragraph breaks, or "". */
  String articleBody() {
    for (JsonNode n : objects) {
      String body = text(n.get("articleBody"));
      if (body != null) {
        if (HTML_TAG.matcher(body).find()) {
          return HtmlText.normalise(HtmlText.of(Jsoup.parseBodyFragment(body).body()));
        }
        String plain = body.contains("&") ? Parser.unescapeEntities(body, false) : body;
        return HtmlText.normalise(plain.replace("\r", "").replace("\n", "\n\n"));
      }
    }
    return "";
  }

  /** A string value, or the names of an object or array of objects joined by commas. */
  static String names(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : n.isArray() ? n : List.of(n)) {
      String s = x.isObject() ? name(x) : text(x);
      if (s != null && !out.contains(s)) {
        out.add(s);
      }
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0));
    }
    return n.isObject() ? text(n.get("name")) : text(n);
  }

  static String text(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (!n.isValueNode()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() || s.equalsIgnoreCase("null") ? null : s;
  }
}
