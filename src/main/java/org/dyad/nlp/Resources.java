package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Dyad's tab-separated resource files: a header line, {@code #} comments, blank lines. */
public final class Resources {

  private Resources() {}

  /** The data rows of a TSV resource, each split on tabs; the header line is skipped. */
  public static List<String[]> tsv(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new IllegalStateException(
              name + ":" + lineNo + ": expected " + columns + " tab-separated columns: " + line);
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        rows.add(f);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The values a cell lists separated by {@code |}, stripped; blank ones are dropped. */
  public static List<String> values(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
