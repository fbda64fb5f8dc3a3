package org.asrsizing.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the support matrix says of machines that boot UEFI.
 *
 * @param secureBootSupported whether a UEFI machine with Secure Boot on can be protected
 * @param uefiUnsupported operating systems that cannot be protected when they boot UEFI; the first
 *     row whose pattern matches decides, as in the support table
 * @param source id of the source
 */
public record BootRules(
    boolean secureBootSupported, List<OperatingSystem> uefiUnsupported, String source) {

  public BootRules {
    uefiUnsupported = uefiUnsupported == null ? List.of() : List.copyOf(uefiUnsupported);
  }

  /** The row naming {@code os} as unsupported with UEFI, if any. */
  public Optional<OperatingSystem> uefiUnsupported(String os) {
    return uefiUnsupported.stream().filter(o -> o.matches(os)).findFirst();
  }
}
