package org.asrsizing.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum values written in lower case on the command line ({@code --prefer servers}), read
 * case-insensitively; picocli's own enum support would list them in upper case.
 */
class LowerCaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {

  private final Class<E> type;

  LowerCaseEnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    throw new TypeConversionException(Messages.notAChoice(value, names(type)));
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** The lower-case names, for picocli's {@code completionCandidates}. */
  static class Names implements Iterable<String> {
    private final List<String> names;

    <E extends Enum<E>> Names(Class<E> type) {
      this.names = names(type);
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return names.iterator();
    }
  }
}
