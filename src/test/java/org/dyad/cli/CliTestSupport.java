package org.dyad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the dyad command line in-process for a test, capturing what it prints. */
abstract class CliTestSupport {

  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  protected int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
