package org.dyad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.Span;

/**
 * Renders a text with highlighted spans as well-formed HTML, whatever the spans' overlaps: the text
 * is cut at every span boundary and at every line break, and each piece is wrapped in the spans
 * covering it, the earliest and longest outermost; a span stays open over consecutive pieces unless
 * a partly overlapping one forces it closed, or a paragraph ends. A span's id goes on its first
 * element; elements continuing it carry {@code data-cont="id"}, so the whole span can be found.
 */
final class Highlighter {

  /** One highlight: a CSS class, a tooltip and an optional element id. */
  record Mark(Span span, String cssClass, String title, String id) {}

  private final List<Mark> marks = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /**
   * Adds a highlight. Empty spans are ignored; an id that is already taken is dropped, so ids stay
   * unique in the output.
   */
  void add(Span span, String cssClass, String title, String id) {
    if (span == null || cssClass == null) {
      throw new IllegalArgumentException(
          "span and cssClass are required: " + span + ", " + cssClass);
    }
    if (span.length() > 0) {
      marks.add(new Mark(span, cssClass, title, id != null && ids.add(id) ? id : null));
    }
  }

  /**
   * The text as HTML: one {@code <p>} per paragraph, where any run of line breaks separates
   * paragraphs. Spans reaching past the end of the text are cut at its end.
   */
  String render(String text) {
    List<Mark> ordered = new ArrayList<>(marks);
    ordered.sort(
        Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> -m.span().end()));
    List<Integer> open = new ArrayList<>();
    Set<Integer> started = new HashSet<>();
    StringBuilder out = new StringBuilder("<p>");
    boolean afterBreak = false;
    Integer prev = null;
    for (int cut : cuts(text)) {
      if (prev != null && cut > prev) {
        if (text.charAt(prev) == '\n') {
          closeDownTo(out, open, 0);
          if (!afterBreak) {
            out.append("</p>\n<p>");
          }
          afterBreak = true;
        } else {
          afterBreak = false;
          List<Integer> covering = covering(ordered, prev, cut);
          int keep = 0;
          while (keep < open.size()
              && keep < covering.size()
              && open.get(keep).equals(covering.get(keep))) {
            keep++;
          }
          closeDownTo(out, open, keep);
          for (int i : covering.subList(keep, covering.size())) {
            openTag(out, ordered.get(i), started.add(i));
            open.add(i);
          }
          out.append(Html.escape(text.substring(prev, cut)));
        }
      }
      prev = cut;
    }
    closeDownTo(out, open, 0);
    return out.append("</p>").toString();
  }

  /** Indices (in {@code ordered}) of the marks covering {@code [from, to)}, outermost first. */
  private static List<Integer> covering(List<Mark> ordered, int from, int to) {
    List<Integer> covering = new ArrayList<>();
    for (int i = 0; i < ordered.size() && ordered.get(i).span().start() <= from; i++) {
      if (to <= ordered.get(i).span().end()) {
        covering.add(i);
      }
    }
    return covering;
  }

  private static void closeDownTo(StringBuilder out, List<Integer> open, int keep) {
    while (open.size() > keep) {
      open.remove(open.size() - 1);
      out.append("</span>");
    }
  }

  /** Every offset where a piece starts or ends; a line break is always a piece of its own. */
  private TreeSet<Integer> cuts(String text) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      cuts.add(Math.min(m.span().start(), text.length()));
      cuts.add(Math.min(m.span().end(), text.length()));
    }
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      cuts.add(i);
      cuts.add(i + 1);
    }
    return cuts;
  }

  private static void openTag(StringBuilder out, Mark m, boolean first) {
    out.append("<span class=\"").append(Html.escape(m.cssClass())).append('"');
    if (m.title() != null) {
      out.append(" title=\"").append(Html.escape(m.title())).append('"');
    }
    if (m.id() != null) {
      out.append(first ? " id=\"" : " data-cont=\"");
      out.append(Html.escape(m.id())).append('"');
    }
    out.append('>');
  }
}
