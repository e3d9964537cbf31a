package org.dyad.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.ingest.InputProblem;
import org.dyad.model.CorpusAnalysis;
import org.dyad.report.GdeltExporter;
import org.dyad.report.JsonExporter;

/**
 * Writes a job's results into its output folder: the JSON export, the GDELT event table and the
 * list of inputs that could not be used. A folder on another Hadoop file system is written through
 * a local staging folder.
 */
final class Outputs {

  private Outputs() {}

  /** Writes the outputs and returns where they went. */
  static List<String> write(
      CorpusAnalysis analysis, List<InputProblem> problems, String out, Configuration conf)
      throws IOException {
    Path target = new Path(out);
    String scheme = target.toUri().getScheme();
    boolean local = scheme == null || scheme.equals("file");
    java.nio.file.Path dir =
        local
            ? java.nio.file.Path.of(target.toUri().getPath())
            : Files.createTempDirectory("dyad-spark-out");
    Files.createDirectories(dir);
    JsonExporter.write(analysis, dir.resolve(DyadSparkJob.EXPORT));
    GdeltExporter.write(analysis, dir.resolve(DyadSparkJob.GDELT), false);
    StringBuilder lines = new StringBuilder();
    problems.forEach(p -> lines.append(p).append('\n'));
    Files.writeString(dir.resolve(DyadSparkJob.PROBLEMS), lines, StandardCharsets.UTF_8);
    List<String> written = new ArrayList<>();
    for (String name : List.of(DyadSparkJob.EXPORT, DyadSparkJob.GDELT, DyadSparkJob.PROBLEMS)) {
      if (local) {
        written.add(dir.resolve(name).toString());
      } else {
        Path dst = new Path(target, name);
        FileSystem fs = dst.getFileSystem(conf);
        fs.copyFromLocalFile(true, true, new Path(dir.resolve(name).toUri()), dst);
        written.add(dst.toString());
      }
    }
    if (!local) {
      Files.deleteIfExists(dir);
    }
    return written;
  }
}
