package org.dyad.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.dyad.model.CorpusAnalysis;
import org.dyad.model.TensionPoint;

/** Writes the tension index as CSV: period, pair, series, value, conflict, cooperation, events. */
public final class TensionCsv {

  private TensionCsv() {}

  /** Writes every pair's monthly series, the default pair's first. */
  public static void write(CorpusAnalysis analysis, Path out) throws IOException {
    java.util.List<TensionPoint> all = new java.util.ArrayList<>();
    analysis.pairs().forEach(p -> all.addAll(p.tension()));
    write(all, out);
  }

  /** Writes one tension series (monthly or weekly). */
  public static void write(java.util.List<TensionPoint> series, Path out) throws IOException {
    AtomicFiles.write(
        out,
        w -> {
          w.write("period,pair,series,value,conflict,cooperation,events\n");
          for (TensionPoint t : series) {
            w.write(
                String.format(
                    Locale.ROOT,
                    "%s,%s,%s,%.1f,%.1f,%.1f,%s\n",
                    t.period(),
                    t.pair(),
                    t.series(),
                    t.value(),
                    t.conflict(),
                    t.cooperation(),
                    String.join(" ", t.events())));
          }
        });
  }
}
