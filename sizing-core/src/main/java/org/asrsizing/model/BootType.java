package org.asrsizing.model;

import java.util.Locale;
import java.util.Optional;

/** How a machine boots, which decides its Azure generation after failover. */
public enum BootType {
  /** Legacy BIOS: a Generation 1 virtual machine in Azure. */
  BIOS,
  /** UEFI (EFI): a Generation 2 virtual machine in Azure. */
  UEFI;

  /**
   * The boot type an inventory's text names ({@code bios}, {@code uefi}, {@code efi}, any case), or
   * empty when it names neither.
   */
  public static Optional<BootType> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "bios", "legacy", "legacy bios" -> Optional.of(BIOS);
      case "uefi", "efi" -> Optional.of(UEFI);
      default -> Optional.empty();
    };
  }
}
