package org.asrsizing.io.inventory;

import java.util.Locale;
import org.asrsizing.model.BootType;

/** How the readers read a machine's boot type and Secure Boot flag, whatever the format. */
final class BootCells {

  private BootCells() {}

  /** The boot type in {@code column}, {@code null} when empty; other text is a row error. */
  static BootType boot(Row row, String column) {
    String text = column == null ? null : row.text(column);
    if (text == null) {
      return null;
    }
    return BootType.parse(text)
        .orElseThrow(
            () ->
                new RowException(
                    column,
                    "\""
                        + text
                        + "\" is not a boot type: give bios or uefi (efi is read as uefi)"));
  }

  /** Whether Secure Boot is on, from true/false (yes/no), {@code null} when empty. */
  static Boolean secureBoot(Row row, String column) {
    String text = column == null ? null : row.text(column);
    if (text == null) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "enabled" -> Boolean.TRUE;
      case "false", "no", "off", "disabled" -> Boolean.FALSE;
      default ->
          throw new RowException(
              column, "\"" + text + "\" is not true or false (is Secure Boot on?)");
    };
  }

  /** The finding that the boot checks did not run, naming the column they need. */
  static String notChecked(String column) {
    return InventoryMessages.notChecked(
        "boot type (UEFI rules, operating system disk size by generation)", column);
  }
}
