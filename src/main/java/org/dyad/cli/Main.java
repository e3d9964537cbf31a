package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Evidence-linked events, quotes and perspectives from news about two countries.",
    subcommands = {
      AnalyzeCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      TimemlCommand.class,
      BenchCommand.class,
      CodeCommand.class,
      SparkCommand.class,
      RecoverCommand.class,
      EditCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args));
  }

  /** Library progress chatter (Flyway, CoreNLP) goes to warnings only; Dyad reports for itself. */
  static void quietLibraryLogging() {
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
  }

  /** Runs the CLI and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(new ExitCodes());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::usageError);
    HelpLayout.install(cl);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          int code = cmd.getExitCodeExceptionMapper().getExitCode(ex);
          if (code == ExitCodes.INTERNAL_ERROR) {
            cmd.getErr().println("dyad: internal error (please report it): " + ex);
            ex.printStackTrace(cmd.getErr());
          } else {
            cmd.getErr().println("dyad: " + ex.getMessage());
          }
          return code;
        });
    return cl;
  }

  /**
   * A usage error in one line, the command's suggestions for a mistyped word, and a hint where its
   * help is; never the whole help.
   */
  static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    java.io.PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
    err.println(name + ": " + message.strip().replaceAll("\\s*\\R\\s*", " "));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + name + " --help' for its options.");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: analyze, export, serve, timeml, bench or spark (dyad analyze examples"
            + " runs Dyad on the bundled examples)");
  }
}
