package org.dyad.cli;

import org.dyad.store.StoreException;
import picocli.CommandLine;

/** Every exit code Dyad's CLI returns, mapped in this one place. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {

  /** Everything worked. */
  public static final int OK = 0;

  /** The run finished but some inputs could not be read; they were reported one per line. */
  public static final int SOME_INPUTS_FAILED = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The database could not be opened or written. */
  public static final int STORE_FAILED = 3;

  /** An output file could not be written. */
  public static final int OUTPUT_FAILED = 4;

  /** A bug or unexpected failure. */
  public static final int INTERNAL_ERROR = 70;

  @Override
  public int getExitCode(Throwable t) {
    if (t instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (t instanceof StoreException) {
      return STORE_FAILED;
    }
    if (t instanceof java.io.IOException) {
      return OUTPUT_FAILED;
    }
    return INTERNAL_ERROR;
  }
}
