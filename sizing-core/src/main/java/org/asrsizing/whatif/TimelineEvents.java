package org.asrsizing.whatif;

import java.util.ArrayList;
import java.util.List;

/** Finds the months where a timeline's deployment changes. */
final class TimelineEvents {

  private TimelineEvents() {}

  static List<TimelineEvent> between(List<TimelineMonth> months) {
    List<TimelineEvent> events = new ArrayList<>();
    boolean scaledOut = !months.isEmpty() && months.get(0).deployment().scaleOutRequired();
    boolean unprotectable = !months.isEmpty() && months.get(0).deployment().unplacedMachines() > 0;
    for (int i = 1; i < months.size(); i++) {
      Deployment before = months.get(i - 1).deployment();
      Deployment now = months.get(i).deployment();
      int month = months.get(i).month();
      if (!scaledOut && now.scaleOutRequired()) {
        scaledOut = true;
        events.add(
            new TimelineEvent(
                month,
                TimelineEvent.SCALE_OUT,
                "first scale-out: " + now.machines() + " machines, " + churn(now)));
      }
      for (int n = before.processServers() + 1; n <= now.processServers(); n++) {
        events.add(
            new TimelineEvent(
                month, TimelineEvent.PROCESS_SERVER_ADDED, "process server " + n + " added"));
      }
      for (int n = before.configurationServers() + 1; n <= now.configurationServers(); n++) {
        events.add(
            new TimelineEvent(
                month,
                TimelineEvent.CONFIGURATION_SERVER_ADDED,
                "configuration server " + n + " added"));
      }
      boolean sameCounts =
          now.processServers() == before.processServers()
              && now.configurationServers() == before.configurationServers();
      if (sameCounts
          && (!now.processServerTiers().equals(before.processServerTiers())
              || !now.configurationServerTiers().equals(before.configurationServerTiers()))) {
        events.add(
            new TimelineEvent(
                month, TimelineEvent.TIER_CHANGE, tiers(before) + " -> " + tiers(now)));
      }
      if (!unprotectable && now.unplacedMachines() > 0) {
        unprotectable = true;
        events.add(
            new TimelineEvent(
                month,
                TimelineEvent.UNPROTECTABLE,
                now.unplacedMachines() + " machines exceed every tier"));
      }
    }
    return events;
  }

  private static String churn(Deployment d) {
    return org.asrsizing.model.Units.churn(d.churnGiBPerDay());
  }

  private static String tiers(Deployment d) {
    return d.processServers() == 0
        ? "CS " + d.configurationServerTiers()
        : "CS " + d.configurationServerTiers() + ", PS " + d.processServerTiers();
  }
}
