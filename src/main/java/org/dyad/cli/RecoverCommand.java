package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad recover}: moves the articles of an embedded database that will not open. */
@Command(
    name = "recover",
    mixinStandardHelpOptions = true,
    description = {
      "Recover the articles of an embedded database folder that cannot be opened: a damaged"
          + " file, or the H2 database (dyad.mv.db) of an earlier Dyad. Every article that can"
          + " still be read is stored in a fresh database in the same folder; the old file is kept"
          + " beside it. A healthy database is left as it is."
    })
final class RecoverCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "DIR",
      description =
          "Embedded database folder (default: $DYAD_HOME/db, else $XDG_DATA_HOME/dyad/db, else"
              + " ~/.local/share/dyad/db).")
  Path db;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = db != null ? db : DefaultLocations.database();
    Recovery.Result r = Recovery.recover(dir);
    if (r.healthy()) {
      out.printf(
          "dyad: the embedded database in %s opens and passes SQLite's integrity check (%d"
              + " articles): nothing to recover%n",
          dir, r.found());
      return ExitCodes.OK;
    }
    out.printf(
        "dyad: recovered %d articles from the %s in %s (%d newly stored, %d already there), %d"
            + " unreadable; the old file is kept as %s%n",
        r.found(), r.source(), dir, r.stored(), r.alreadyStored(), r.unreadable(), r.kept());
    return r.unreadable() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }
}
