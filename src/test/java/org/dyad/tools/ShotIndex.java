package org.dyad.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index of the screenshots: which part of the analyst's workspace each one shows. */
final class ShotIndex {

  /** Each part and the name prefixes of the shots that show it. */
  private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put(
        "Overview: pair, latest crisis phase with its true-time chart, newest events as headlines"
            + " with side badges",
        List.of("overview-"));
    PARTS.put(
        "Overview: CAMEO, Goldstein, modality, perspective and crisis phase explained (the"
            + " terms legend open; tooltips as hovering shows them)",
        List.of("overview-terms-", "overview-tooltips-"));
    PARTS.put(
        "Search: full-text results (Lucene) with the address holding the query",
        List.of("search-"));
    PARTS.put(
        "Filters: direction, side, modality... with the address holding the state",
        List.of("events-"));
    PARTS.put(
        "Both sides: fixed columns, outlet, date and link per version, contradiction in words",
        List.of("sides-", "report-sides-"));
    PARTS.put(
        "Corrections: an edit made in the UI, the list of edits, an edit undone",
        List.of("corrections-event-", "corrections-1", "corrections-4", "corrections-undo-"));
    PARTS.put(
        "Exports of what is on screen: the filtered view's CSV and JSON links, and the CSV"
            + " they download",
        List.of("exports-", "export-csv-"));
    PARTS.put(
        "Printable brief: the overview and the report with their print style sheets",
        List.of("print-overview-", "report-print-"));
    PARTS.put(
        "Serve and analyze together: dyad serve running while analyze and export try the same"
            + " embedded database",
        List.of("serve-analyze-"));
    PARTS.put(
        "Report: table of contents and chart near the top, readable at 400 px",
        List.of("report-overview-", "report-chart-"));
    PARTS.put(
        "CLI: one-line errors with a hint, enum values listed, a mistyped --db refused",
        List.of("cli-errors-"));
    PARTS.put("README: its first screen", List.of("readme-"));
  }

  private ShotIndex() {}

  /** INDEX.md: each part with the shots of {@code saved} (files in {@code out}) that show it. */
  static String markdown(List<Path> saved, Path out) {
    StringBuilder b =
        new StringBuilder(
            "# Screenshots\n\nTaken by `scripts/screenshots.sh` (org.dyad.tools.Screenshots) in"
                + " headless Chromium at 1400 and 400 px wide.\n\n");
    for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
      List<String> files = new ArrayList<>();
      for (Path p : saved) {
        String name = out.relativize(p.toAbsolutePath()).toString();
        if (!p.toAbsolutePath().startsWith(out.toAbsolutePath())) {
          name = p.getFileName().toString();
        }
        for (String prefix : part.getValue()) {
          if (name.startsWith(prefix) && !taken(name, prefix)) {
            files.add(name);
            break;
          }
        }
      }
      b.append("- **").append(part.getKey()).append("**: ");
      b.append(files.isEmpty() ? "(none taken)" : "`" + String.join("`, `", files) + "`");
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * True when a longer prefix of another part claims the name ("overview-terms-" over "overview-").
   */
  private static boolean taken(String name, String prefix) {
    for (List<String> prefixes : PARTS.values()) {
      for (String other : prefixes) {
        if (other.length() > prefix.length()
            && other.startsWith(prefix)
            && name.startsWith(other)) {
          return true;
        }
      }
    }
    return false;
  }
}
