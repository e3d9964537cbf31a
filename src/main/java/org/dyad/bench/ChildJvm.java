package org.dyad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/** Runs a benchmark worker in a fresh JVM and measures the process it runs in. */
final class ChildJvm {

  private ChildJvm() {}

  /**
   * Runs {@code worker}'s main with {@code args} in a child JVM with the same class path and a heap
   * of {@code heap}, and returns its {@code RESULT} line parsed by {@code parse}; other lines that
   * {@code worth} accepts go to {@code log} (when not null) after {@code [tag]}.
   *
   * @throws IOException with {@code failure} of the exit code when the child printed no result
   */
  static <T> T run(
      Class<?> worker,
      String heap,
      List<String> args,
      Function<String, T> parse,
      Predicate<String> worth,
      String tag,
      PrintWriter log,
      IntFunction<String> failure)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(worker.getName());
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    T result = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          result = parse.apply(line);
        } else if (log != null && worth.test(line)) {
          log.println("  [" + tag + "] " + line);
        }
      }
    }
    int code = p.waitFor();
    if (result == null) {
      throw new IOException(failure.apply(code));
    }
    return result;
  }

  /**
   * {@code figures} as the line a worker prints: {@code RESULT}, then each component in order,
   * decimals to three places and spaces in text as slashes.
   */
  static String resultLine(Record figures) {
    StringBuilder line = new StringBuilder("RESULT");
    for (RecordComponent c : figures.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(figures);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + figures, e);
      }
      line.append(' ')
          .append(
              v instanceof Double d
                  ? String.format(Locale.ROOT, "%.3f", d)
                  : v instanceof String t ? t.replace(' ', '/') : String.valueOf(v));
    }
    return line.toString();
  }

  /** The figures of type {@code type} that {@link #resultLine} wrote as {@code line}. */
  static <R extends Record> R parseResult(Class<R> type, String line) {
    String[] f = line.split(" ");
    RecordComponent[] cs = type.getRecordComponents();
    if (f.length != cs.length + 1 || !f[0].equals("RESULT")) {
      throw new IllegalArgumentException("line: not a " + type.getSimpleName() + ": " + line);
    }
    Class<?>[] types = new Class<?>[cs.length];
    Object[] values = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      String v = f[i + 1];
      values[i] =
          switch (types[i].getName()) {
            case "int" -> Integer.parseInt(v);
            case "long" -> Long.parseLong(v);
            case "double" -> Double.parseDouble(v);
            case "boolean" -> Boolean.parseBoolean(v);
            default -> v.replace('/', ' ');
          };
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
  }

  /** CPU time used so far by this process, all threads. */
  static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  /** Peak resident set size of this process from /proc, or -1 where it is not available. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
