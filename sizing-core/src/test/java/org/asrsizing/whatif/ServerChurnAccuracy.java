package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.asrsizing.model.Machine;

/**
 * The table of docs/whatif.md: for servers of n machines (every tenth at four times the churn of
 * the others) and a coefficient of variation, the fitted server's chance of staying below the 50th
 * to 99.9th percentile of 200,000 sums drawn machine by machine. The command is in docs/whatif.md.
 */
public final class ServerChurnAccuracy {

  private static final int SUMS = 200_000;
  private static final double[] LEVELS = {0.5, 0.9, 0.95, 0.99, 0.999};

  private ServerChurnAccuracy() {}

  public static void main(String[] args) {
    System.out.println("| cv | machines | 50 % | 90 % | 95 % | 99 % | 99.9 % |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (double cv : new double[] {0.3, 1.0, 1.5, 3.0, 10}) {
      for (int n : new int[] {2, 10, 60, 200}) {
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          machines.add(Machine.of("m" + i, (i + 1) % 10 == 0 ? 120 : 30));
        }
        ServerChurn server =
            ServerChurn.of(new int[n], 1, new MonteCarlo.MachineChurn(machines, cv));
        double[] sums = sortedSums(machines, cv, SUMS, 5);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d |", cv, n));
        for (double p : LEVELS) {
          double q = sums[(int) (p * SUMS)];
          double fitted = Math.exp(server.logAllHold(new double[] {q}, 1));
          row.append(String.format(Locale.ROOT, " %.2f |", 100 * fitted));
        }
        System.out.println(row);
      }
    }
  }

  /**
   * {@code count} sums of every machine's own lognormal draw (cv {@code cv}), sorted: the sum a
   * server's fitted churn stands for, drawn machine by machine.
   */
  static double[] sortedSums(List<Machine> machines, double cv, int count, long seed) {
    double sigma = Math.sqrt(Math.log1p(cv * cv));
    ZigguratSampler.NormalizedGaussian z =
        ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    double[] sums = new double[count];
    for (int t = 0; t < count; t++) {
      double sum = 0;
      for (Machine m : machines) {
        sum += Math.exp(Math.log(m.churnGiBPerDay()) - sigma * sigma / 2 + sigma * z.sample());
      }
      sums[t] = sum;
    }
    Arrays.sort(sums);
    return sums;
  }
}
