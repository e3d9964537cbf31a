package org.dyad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.dyad.model.Span;

/**
 * Renders a text with highlighted spans as well-formed HTML, whatever the spans' overlaps: the text
 * is cut at every span boundary and each piece is wrapped in the spans covering it, outer first. A
 * span's id goes on its first piece, so links can point at it.
 */
final class Highlighter {

  /** One highlight: a CSS class, a tooltip and an optional element id. */
  record Mark(Span span, String cssClass, String title, String id) {}

  private final List<Mark> marks = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();

  void add(Span span, String cssClass, String title, String id) {
    if (span.length() > 0) {
      marks.add(new Mark(span, cssClass, title, id != null && ids.add(id) ? id : null));
    }
  }

  /** The text as HTML, paragraphs (lines) as {@code <p>} elements. */
  String render(String text) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      cuts.add(Math.min(m.span().start(), text.length()));
      cuts.add(Math.min(m.span().end(), text.length()));
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        cuts.add(i);
        cuts.add(i + 1);
      }
    }
    List<Mark> ordered = new ArrayList<>(marks);
    ordered.sort(
        Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> -m.span().end()));
    java.util.Set<Mark> started = new java.util.HashSet<>();
    StringBuilder out = new StringBuilder("<p>");
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        String piece = text.substring(prev, cut);
        if (piece.equals("\n")) {
          out.append("</p>\n<p>");
        } else {
          int open = 0;
          for (Mark m : ordered) {
            if (m.span().start() <= prev && cut <= m.span().end()) {
              out.append("<span class=\"").append(Html.escape(m.cssClass())).append('"');
              if (m.title() != null) {
                out.append(" title=\"").append(Html.escape(m.title())).append('"');
              }
              if (m.id() != null && started.add(m)) {
                out.append(" id=\"").append(Html.escape(m.id())).append('"');
              }
              out.append('>');
              open++;
            }
          }
          out.append(Html.escape(piece));
          out.append("</span>".repeat(open));
        }
      }
      prev = cut;
    }
    out.append("</p>");
    return out.toString();
  }
}
