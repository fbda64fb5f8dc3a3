package org.asrsizing.bench.peers;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Hard: no server over its machine or churn limit. Soft: vCPUs of the servers in use. */
public class PackingConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      machineLimit(factory), churnLimit(factory), vcpusOfUsedServers(factory)
    };
  }

  Constraint machineLimit(ConstraintFactory factory) {
    return factory
        .forEach(MachineAssignment.class)
        .groupBy(MachineAssignment::getServer, count())
        .filter((server, machines) -> machines > server.maxMachines())
        .penalizeLong(
            HardSoftLongScore.ONE_HARD, (server, machines) -> machines - server.maxMachines())
        .asConstraint("machine limit");
  }

  Constraint churnLimit(ConstraintFactory factory) {
    return factory
        .forEach(MachineAssignment.class)
        .groupBy(MachineAssignment::getServer, sumLong(MachineAssignment::getChurnMilli))
        .filter((server, churn) -> churn > server.maxChurnMilli())
        // Churn excess in whole GiB/day (rounded up), so one machine too many and one GiB too
        // much weigh about the same.
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (server, churn) -> (churn - server.maxChurnMilli() + 999) / 1000)
        .asConstraint("churn limit");
  }

  Constraint vcpusOfUsedServers(ConstraintFactory factory) {
    return factory
        .forEach(MachineAssignment.class)
        .groupBy(MachineAssignment::getServer)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, ServerSlot::vcpus)
        .asConstraint("vCPUs of used servers");
  }
}
