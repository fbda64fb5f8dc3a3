package org.asrsizing.cli;

import org.asrsizing.model.Preference;

/** {@code --prefer vcpus|servers}: the core's {@link Preference} in lower case. */
final class PreferenceOption {

  private PreferenceOption() {}

  static final class Converter extends LowerCaseEnumConverter<Preference> {
    Converter() {
      super(Preference.class);
    }
  }

  static final class Candidates extends LowerCaseEnumConverter.Names {
    Candidates() {
      super(Preference.class);
    }
  }
}
