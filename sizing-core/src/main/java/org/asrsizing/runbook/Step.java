package org.asrsizing.runbook;

import java.util.List;

/**
 * One step of a server's runbook.
 *
 * @param kind what the step is, such as {@code install}
 * @param title one line saying what to do
 * @param notes further sentences, in order
 * @param commands the commands to run, in order
 * @param fileName the file the step creates on the server, or {@code null}
 * @param fileContent what goes into that file (secrets as placeholders), or {@code null}
 * @param source the document the step comes from, a path in {@link Sources#REPOSITORY}
 */
public record Step(
    String kind,
    String title,
    List<String> notes,
    List<Command> commands,
    String fileName,
    String fileContent,
    String source) {

  public Step {
    notes = List.copyOf(notes);
    commands = List.copyOf(commands);
  }

  static Step of(String kind, String title, List<String> notes, String source, Command... cmds) {
    return new Step(kind, title, notes, List.of(cmds), null, null, source);
  }
}
