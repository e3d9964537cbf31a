package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help text that wraps lines only at spaces, so that paths such as {@code ~/.local/share} and
 * labels such as {@code FILE.json} stay whole, with a short synopsis ({@code dyad export
 * --format=FORMAT --out=FILE [OPTIONS]}).
 */
final class HelpLayout {

  /** The width help text is wrapped to. */
  static final int WIDTH = 80;

  /** Where option descriptions start. */
  private static final int COLUMN = 26;

  private HelpLayout() {}

  /** Uses this layout for {@code cl} and all its subcommands. */
  static void install(CommandLine cl) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
    sections.put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
    sections.put(
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub != cl) {
        install(sub);
      }
    }
  }

  /** {@code Usage: dyad export --format=FORMAT --out=FILE [OPTIONS]}. */
  static String synopsis(Help help) {
    CommandSpec spec = help.commandSpec();
    StringBuilder s = new StringBuilder(spec.qualifiedName());
    boolean optional = false;
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      if (o.required()) {
        s.append(' ').append(optionLabel(o));
      } else {
        optional = true;
      }
    }
    if (optional) {
      s.append(" [OPTIONS]");
    }
    if (spec.subcommands().size() > 1) {
      s.append(" COMMAND");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden()) {
        continue;
      }
      String label = p.paramLabel() + (p.isMultiValue() ? "..." : "");
      s.append(' ').append(p.required() ? label : "[" + label + "]");
    }
    List<String> lines = wrap("Usage: " + s, WIDTH, "  ");
    lines.set(0, lines.get(0).substring("Usage: ".length()));
    return String.join("\n", lines) + "\n";
  }

  static String description(Help help) {
    StringBuilder b = new StringBuilder();
    for (String line : help.commandSpec().usageMessage().description()) {
      for (String l : wrap(line, WIDTH, "")) {
        b.append(l).append('\n');
      }
    }
    return b.toString();
  }

  static String parameters(Help help) {
    StringBuilder b = new StringBuilder();
    for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
      if (!p.hidden()) {
        row(b, "  " + p.paramLabel() + (p.isMultiValue() ? "..." : ""), p.description());
      }
    }
    return b.toString();
  }

  static String options(Help help) {
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec o : help.commandSpec().options()) {
      if (!o.hidden()) {
        options.add(o);
      }
    }
    options.sort((x, y) -> sortKey(x).compareTo(sortKey(y)));
    StringBuilder b = new StringBuilder();
    for (OptionSpec o : options) {
      String names = String.join(", ", o.names());
      String label = o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel();
      String head = (o.shortestName().startsWith("--") ? "      " : "  ") + names + label;
      row(b, head, o.description());
    }
    return b.toString();
  }

  static String commands(Help help) {
    StringBuilder b = new StringBuilder();
    for (var e : help.commandSpec().subcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      if (sub.usageMessage().hidden()) {
        continue;
      }
      String[] lines = sub.usageMessage().description();
      String first = "";
      for (String part : lines.length == 0 ? new String[0] : lines[0].split("%n")) {
        if (first.isBlank()) {
          first = part.strip();
        }
      }
      row(b, "  " + e.getKey(), first.isBlank() ? new String[0] : new String[] {first});
    }
    return b.toString();
  }

  private static String sortKey(OptionSpec o) {
    return o.longestName().replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static String optionLabel(OptionSpec o) {
    return o.longestName() + (o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel());
  }

  /** A name column and its description, the description on the next line when names are long. */
  private static void row(StringBuilder b, String head, String[] description) {
    String indent = " ".repeat(COLUMN);
    List<String> lines = wrap(String.join(" ", description), WIDTH - COLUMN, "");
    if (head.length() > COLUMN - 2 || lines.isEmpty()) {
      b.append(head).append('\n');
    } else {
      b.append(head).append(" ".repeat(COLUMN - head.length())).append(lines.remove(0));
      b.append('\n');
    }
    for (String l : lines) {
      b.append(indent).append(l).append('\n');
    }
  }

  /**
   * {@code text} cut into lines of at most {@code width} characters at spaces only (a longer word
   * gets a line of its own), every line after the first starting with {@code indent}.
   */
  static List<String> wrap(String text, int width, String indent) {
    if (width < 10) {
      throw new IllegalArgumentException("width must be at least 10: " + width);
    }
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > 0 && !line.toString().equals(indent)) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 && !line.toString().isBlank()) {
      out.add(line.toString());
    }
    return out;
  }
}
