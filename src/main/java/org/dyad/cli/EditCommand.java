package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.edit.Corrector;
import org.dyad.model.Edit;
import org.dyad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad edit}: lists, adds and undoes analysts' corrections in a database. */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "List, add or undo analysts' corrections (the web UI makes them with dyad serve"
          + " --allow-edits). Edits are applied at every analysis; a running dyad serve takes"
          + " them in at its next refresh. Keys and values: docs/FORMAT.md (Corrections)."
    },
    subcommands = {EditCommand.ListEdits.class, EditCommand.Add.class, EditCommand.Undo.class})
final class EditCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to do: list, add or undo");
  }

  /** {@code dyad edit list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Every edit, oldest first.")
  static final class ListEdits implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (ArticleStore store =
          storeOptions.open(spec.commandLine().getErr(), StoreOptions.Need.EXISTING)) {
        List<Edit> edits = store.edits();
        Set<Long> undone = Corrector.undone(edits);
        for (Edit e : edits) {
          out.println(line(e) + (undone.contains(e.id()) ? "  (undone)" : ""));
        }
        if (edits.isEmpty()) {
          out.println("dyad: no edits");
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad edit add KIND TARGET [VALUE] --author NAME}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Store an edit: KIND is hide-event, merge-events, split-mention, set-actor, set-speaker"
              + " or set-perspective; TARGET a mention or quote key (DYADID@START-END) or, for"
              + " set-perspective, an article's dyad_id.")
  static final class Add implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "KIND")
    String kind;

    @Parameters(index = "1", paramLabel = "TARGET")
    String target;

    @Parameters(
        index = "2",
        arity = "0..1",
        paramLabel = "VALUE",
        description =
            "merge-events: the other event's mention key; set-actor: source|target:COUNTRY:NAME;"
                + " set-speaker: COUNTRY:NAME; set-perspective: a country code, both or neutral")
    String value;

    @Option(names = "--author", required = true, description = "Who makes the edit.")
    String author;

    @Override
    public Integer call() throws Exception {
      Edit.Kind k;
      try {
        k = Edit.Kind.parse(kind);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (k == Edit.Kind.UNDO) {
        throw new ParameterException(spec.commandLine(), "undo an edit with: dyad edit undo ID");
      }
      return store(spec, storeOptions, k, target, value, author);
    }
  }

  /** {@code dyad edit undo ID --author NAME}. */
  @Command(
      name = "undo",
      mixinStandardHelpOptions = true,
      description = "Store an undo of edit ID (the edit stays in the history).")
  static final class Undo implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--author", required = true, description = "Who undoes it.")
    String author;

    @Override
    public Integer call() throws Exception {
      return store(spec, storeOptions, Edit.Kind.UNDO, id, null, author);
    }
  }

  private static int store(
      picocli.CommandLine.Model.CommandSpec spec,
      StoreOptions storeOptions,
      Edit.Kind kind,
      String target,
      String value,
      String author)
      throws Exception {
    try (ArticleStore store =
        storeOptions.open(spec.commandLine().getErr(), StoreOptions.Need.EXISTING)) {
      Edit e;
      try {
        e = store.addEdit(kind, target, value, author);
      } catch (IllegalArgumentException ex) {
        throw new ParameterException(spec.commandLine(), ex.getMessage());
      }
      spec.commandLine().getOut().println("dyad: stored " + line(e));
    }
    return ExitCodes.OK;
  }

  private static String line(Edit e) {
    return "#"
        + e.id()
        + "  "
        + e.createdAt()
        + "  "
        + e.author()
        + "  "
        + e.kind()
        + "  "
        + e.target()
        + (e.value() == null ? "" : "  " + e.value());
  }
}
