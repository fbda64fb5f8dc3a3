package org.asrsizing.cli;

import org.asrsizing.model.Workload;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A machine count from 1 to the largest aggregate the planner accepts. */
final class MachineCountConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    String text = value.strip();
    int max = Workload.MAX_AGGREGATE_MACHINES;
    // Digits only: Integer.parseInt would also take a sign, and "1e3" or "1.0" are not counts.
    if (!text.matches("[0-9]{1,9}")) {
      throw new TypeConversionException(Messages.notAMachineCount(value, max));
    }
    int n = Integer.parseInt(text);
    if (n < 1 || n > max) {
      throw new TypeConversionException(Messages.notAMachineCount(value, max));
    }
    return n;
  }
}
