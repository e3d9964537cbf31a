package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.ingest.Ingestor;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.InputProblem;

/**
 * The input files of a job on any Hadoop file system, listed on the driver as {@code dyad analyze}
 * lists local ones (a folder's supported files, recursively, sorted, hidden files left out), and
 * read on the executors.
 */
final class InputListing {

  /**
   * One input file.
   *
   * @param index its place among the job's files
   * @param uri where to read it
   * @param name how problems name it: the input as given, plus the path below a folder input
   */
  record InputFile(int index, String uri, String name) implements Serializable {}

  private final List<InputFile> files;
  private final List<InputProblem> problems;

  private InputListing(List<InputFile> files, List<InputProblem> problems) {
    this.files = List.copyOf(files);
    this.problems = List.copyOf(problems);
  }

  List<InputFile> files() {
    return files;
  }

  List<InputProblem> problems() {
    return problems;
  }

  /** Lists the files of every input, in order; an input that cannot be listed is a problem. */
  static InputListing list(List<String> inputs, Configuration conf, Ingestor ingestor) {
    List<InputFile> files = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
          files.add(new InputFile(files.size(), status.getPath().toString(), input));
          continue;
        }
        String root = status.getPath().toString();
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String name = f.getPath().getName();
          if (f.isFile() && !name.startsWith(".") && ingestor.supports(name)) {
            found.add(f.getPath().toString());
          }
        }
        found.sort(Comparator.naturalOrder());
        String prefix = input.endsWith("/") ? input : input + "/";
        for (String uri : found) {
          String below = uri.startsWith(root + "/") ? uri.substring(root.length() + 1) : uri;
          files.add(new InputFile(files.size(), uri, prefix + below));
        }
      } catch (FileNotFoundException e) {
        problems.add(new InputProblem(input, "no such file or directory"));
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new InputProblem(input, "cannot list: " + e.getMessage()));
      }
    }
    return new InputListing(files, problems);
  }

  /** Reads and ingests one file; every failure becomes a problem naming it. */
  static List<DyadSparkJob.Ingested> read(
      InputFile file, Map<String, String> hadoop, long maxBytes) {
    long base = (long) file.index() << 32;
    List<DyadSparkJob.Ingested> out = new ArrayList<>();
    byte[] bytes;
    try {
      Configuration conf = new Configuration(false);
      hadoop.forEach(conf::set);
      Path path = new Path(file.uri());
      FileSystem fs = path.getFileSystem(conf);
      InputFiles.requireSize(fs.getFileStatus(path).getLen(), maxBytes);
      try (InputStream in = fs.open(path)) {
        bytes = in.readAllBytes();
      }
    } catch (InputException e) {
      return List.of(new DyadSparkJob.Ingested(base, null, file.name(), e.getMessage()));
    } catch (FileNotFoundException e) {
      return List.of(
          new DyadSparkJob.Ingested(base, null, file.name(), "no such file or directory"));
    } catch (IOException e) {
      return List.of(
          new DyadSparkJob.Ingested(base, null, file.name(), "cannot read: " + e.getMessage()));
    }
    Workers.ingestor(maxBytes)
        .read(
            file.name(),
            bytes,
            d -> out.add(new DyadSparkJob.Ingested(base + out.size(), Json.write(d), null, null)),
            p ->
                out.add(
                    new DyadSparkJob.Ingested(base + out.size(), null, p.source(), p.message())));
    return out;
  }
}
