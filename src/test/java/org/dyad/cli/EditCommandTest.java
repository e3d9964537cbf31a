package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dyad.model.Edit;
import org.dyad.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad edit}: edits stored, listed and undone from the command line. */
class EditCommandTest extends CliTestSupport {

  @TempDir Path dir;

  @Test
  void addsListsAndUndoesEditsAndRefusesMalformedOnesInOneLine() throws Exception {
    String db = dir.resolve("db").toString();
    ArticleStore.openEmbedded(Path.of(db)).close();
    assertEquals(0, run("edit", "add", "hide-event", "ab12@3-40", "--author", "Ana", "--db", db));
    assertTrue(out.toString().contains("stored #1"), out.toString());
    assertEquals(
        0,
        run("edit", "add", "set-perspective", "ab12", "both", "--author", "Ana", "--db", db),
        err.toString());
    assertEquals(0, run("edit", "undo", "1", "--author", "Bo", "--db", db), err.toString());
    assertEquals(0, run("edit", "list", "--db", db), err.toString());
    assertTrue(
        out.toString().contains("#1") && out.toString().contains("(undone)"), out.toString());
    assertTrue(out.toString().contains("#3") && out.toString().contains("UNDO"), out.toString());

    assertEquals(
        ExitCodes.USAGE, run("edit", "add", "paint", "ab12@3-40", "--author", "Ana", "--db", db));
    assertTrue(err.toString().contains("HIDE_EVENT"), err.toString());
    assertEquals(
        ExitCodes.USAGE,
        run("edit", "add", "set-actor", "ab12@3-40", "sideways", "--author", "Ana", "--db", db));
    assertEquals(ExitCodes.USAGE, run("edit", "undo", "9", "--author", "Ana", "--db", db));
    try (ArticleStore store = ArticleStore.openEmbedded(Path.of(db))) {
      assertEquals(3, store.edits().size());
      assertEquals(Edit.Kind.SET_PERSPECTIVE, store.edits().get(1).kind());
    }
  }
}
