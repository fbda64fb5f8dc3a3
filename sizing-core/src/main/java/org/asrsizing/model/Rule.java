package org.asrsizing.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of every rule a {@link Finding} can name: its stable id (printed in every output
 * format, never to change), its usual severity, the section of the catalog or of docs/rules.md it
 * belongs to, where it comes from, and what it says.
 */
public enum Rule {
  INVENTORY(
      "inventory",
      Severity.INFO,
      "inventory",
      "assumption (the inventory file, read as given)",
      "The inventory file was read; its machines and churn are summarised."),
  INVENTORY_ASSUMPTION(
      "inventory-assumption",
      Severity.INFO,
      "inventory",
      "assumption (the inventory reader's default, named in the message)",
      "A value missing from the inventory was filled by a stated assumption."),
  INVENTORY_WARNING(
      "inventory-warning",
      Severity.WARNING,
      "inventory",
      "assumption (the inventory reader's plausibility checks)",
      "A value in the inventory looks wrong but was used."),
  INVENTORY_EXCLUDED(
      "inventory-excluded",
      Severity.INFO,
      "inventory",
      "assumption (the inventory's own marks: powered off, template, not to protect)",
      "A machine of the inventory was left out on purpose (for example, not to be protected)."),
  INVENTORY_SKIPPED(
      "inventory-skipped",
      Severity.WARNING,
      "inventory",
      "assumption (the inventory reader: a row without usable values)",
      "A row of the inventory could not be used and was skipped."),
  MACHINE_CHURN_CEILING(
      "machine-churn-ceiling",
      Severity.ERROR,
      "machineLimits",
      "vmware-physical-azure-support-matrix.md (2023)",
      "A machine whose churn exceeds the per-machine ceiling cannot be protected."),
  MACHINE_PEAK_CHURN(
      "machine-peak-churn",
      Severity.WARNING,
      "machineLimits",
      "vmware-physical-azure-support-matrix.md (2023)",
      "A machine's peak churn exceeds the supported peak rate."),
  MACHINE_DATA_DISKS(
      "machine-data-disks",
      Severity.ERROR,
      "machineLimits",
      "vmware-physical-azure-support-matrix.md (2023)",
      "A machine with more data disks than are supported cannot be protected."),
  MACHINE_OS_UNSUPPORTED(
      "machine-os-unsupported",
      Severity.ERROR,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2026-04-06)",
      "A machine whose operating system the support matrix does not support cannot be protected."),
  MACHINE_OS_UNRECOGNISED(
      "machine-os-unrecognised",
      Severity.WARNING,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2026-04-06)",
      "A machine's operating system matches no row of the support table; check it by hand."),
  DISK_SIZE(
      "disk-size",
      Severity.ERROR,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2023)",
      "A disk larger than its limit (operating system or data disk), or not larger than the"
          + " minimum, cannot be replicated."),
  MACHINE_BOOT(
      "machine-boot",
      Severity.ERROR,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2026-04-06)",
      "A machine that boots UEFI with Secure Boot on, or UEFI on an operating system the support"
          + " matrix does not support with UEFI, cannot be protected."),
  DISK_SECTOR(
      "disk-sector",
      Severity.ERROR,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2026-04-06)",
      "A disk with 4K logical sectors (4K native, or 4K logical on 512-byte physical) cannot be"
          + " replicated."),
  DISK_STORAGE_ACCOUNT(
      "disk-storage-account",
      Severity.WARNING,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2026-04-06)",
      "A data disk larger than replication to a storage account takes replicates to managed disks"
          + " only."),
  DISK_CHURN(
      "disk-churn",
      Severity.WARNING,
      "compatibility",
      "vmware-physical-azure-support-matrix.md (2023)",
      "A disk writes more than a Standard target disk takes (Premium recommended), or more than"
          + " any target disk takes."),
  DISK_IOPS(
      "disk-iops",
      Severity.WARNING,
      "compatibility",
      "site-recovery-vmware-deployment-planner-analyze-report.md (2021)",
      "A disk needs more IOPS than a replicated disk supports."),
  MACHINE_IOPS(
      "machine-iops",
      Severity.WARNING,
      "compatibility",
      "site-recovery-vmware-deployment-planner-analyze-report.md (2021)",
      "A machine's disks together need more IOPS than a replicated machine supports."),
  SCALE_OUT_THRESHOLD(
      "scale-out-threshold",
      Severity.INFO,
      "scaleOut",
      "site-recovery-plan-capacity-vmware.md (2021)",
      "Beyond the machine or churn threshold, scale-out process servers carry the machines."),
  HUB_TOPOLOGY(
      "hub-topology",
      Severity.INFO,
      "planning",
      "assumption (the documents are silent on a process server on another site than its"
          + " configuration server); registering a process server: vmware-azure-set-up-process-server-scale.md (2017)",
      "With a hub, the hub's configuration servers manage the process servers of every site;"
          + " branches have process servers only, and machines stay on their own site."),
  CONFIGURATION_SERVER_TIER(
      "configuration-server-tier",
      Severity.INFO,
      "configurationServerTiers",
      "site-recovery-plan-capacity-vmware.md (2021)",
      "The configuration server's tier is the smallest whose limits hold the machines and churn."),
  CONFIGURATION_SERVER_COUNT(
      "configuration-server-count",
      Severity.INFO,
      "managementServer",
      "vmware-physical-large-deployment.md (2019)",
      "One configuration server manages at most its machine limit; more machines need another."),
  PROCESS_SERVER_TIERS(
      "process-server-tiers",
      Severity.INFO,
      "processServerTiers",
      "vmware-azure-set-up-process-server-scale.md (2017)",
      "The scale-out process servers are the cheapest mix of tiers whose limits hold the load."),
  GROUP_TOO_LARGE(
      "group-too-large",
      Severity.ERROR,
      "planning",
      "assumption (the inventory's groups of machines that must share a server)",
      "A group of machines that must share a process server does not fit on any one."),
  GROWTH(
      "growth",
      Severity.INFO,
      "planning",
      "assumption (the growth setting, 0 % unless set)",
      "Growth enlarges the machine count (rounded up) and the churn before sizing."),
  HEADROOM(
      "headroom",
      Severity.INFO,
      "planning",
      "assumption (the headroom setting, 0 % unless set)",
      "Headroom keeps a share of every limit free (machine limits rounded down)."),
  LOWER_BOUND(
      "lower-bound",
      Severity.INFO,
      "planning",
      "assumption (the planner's integer program over the catalog's tiers)",
      "No deployment of the protectable machines needs fewer vCPUs than the reported bound."),
  PLANNED_TO_LIMITS(
      "planned-to-limits",
      Severity.INFO,
      "planning",
      "assumption (the growth and headroom settings, 0 % unless set)",
      "With no growth and no headroom, servers are planned up to 100 % of their published limits;"
          + " the plan says what 30 % growth and 20 % headroom would cost."),
  ALTERNATIVE(
      "alternative",
      Severity.INFO,
      "planning",
      "assumption (the preference setting: fewest vCPUs or fewest servers first)",
      "The plan under the other preference, when it differs."),
  DEPLOYMENT(
      "deployment",
      Severity.WARNING,
      "operate",
      "assumption (the deployment file, read as given)",
      "Something in a described running deployment was read, assumed or ignored."),
  REBALANCE_MOVES(
      "rebalance-moves",
      Severity.INFO,
      "operate",
      "vmware-azure-manage-process-server.md (2018-10-29)",
      "The fewest machine moves that bring every server within its limits."),
  REBALANCE_ADDED_SERVER(
      "rebalance-added-server",
      Severity.INFO,
      "operate",
      "vmware-azure-manage-process-server.md (2018-10-29)",
      "A server had to be added because moves alone could not make room."),
  PROCESS_SERVER_HEALTH(
      "process-server-health",
      Severity.WARNING,
      "healthThresholds",
      "vmware-physical-azure-monitor-process-server.md (2019-09-05)",
      "A running process server is in a Warning or Critical health state."),
  CONFIGURATION_SERVER_LIMIT(
      "configuration-server-limit",
      Severity.WARNING,
      "managementServer",
      "vmware-physical-large-deployment.md (2019)",
      "A configuration server manages more machines than its limit."),
  GROUP_SPLIT(
      "group-split",
      Severity.WARNING,
      "operate",
      "assumption (the inventory's groups of machines that must share a server)",
      "A group of machines had to be spread over several process servers."),
  MACHINE_NOT_PROTECTABLE(
      "machine-not-protectable",
      Severity.ERROR,
      "operate",
      "assumption (the deployment's servers and the catalog's tier limits)",
      "A machine cannot be placed on any server of the deployment."),
  SCALE_UP_ALTERNATIVE(
      "scale-up-alternative",
      Severity.INFO,
      "operate",
      "assumption (the operate engine: resize instead of moving)",
      "Resizing servers to a larger tier instead of moving machines."),
  FAILURE_TOLERANCE(
      "failure-tolerance",
      Severity.WARNING,
      "operate",
      "vmware-azure-manage-process-server.md (2018-10-29)",
      "Whether the deployment survives the loss of any one process server (N+1)."),
  UNDOCUMENTED_LIMIT(
      "undocumented-limit",
      Severity.WARNING,
      "managementServer",
      "assumption (the configuration server limit setting, or a catalog file)",
      "A limit set to a value no source gives is used, and the documented values are named."),
  GUIDANCE(
      "guidance",
      Severity.INFO,
      "choices",
      "vmware-physical-large-deployment.md (2019)",
      "Which of two disagreeing documents a plan follows, and what the other would have given."),
  RUNBOOK_VERSION(
      "runbook-version",
      Severity.ERROR,
      "runbook",
      "vmware-azure-manage-process-server.md (2018-10-29)",
      "A process server's version must not be newer than its configuration server's."),
  RPO_BANDWIDTH(
      "rpo-bandwidth",
      Severity.INFO,
      "bandwidth",
      "site-recovery-vmware-deployment-planner-analyze-report.md (2021)",
      "The WAN bandwidth that keeps a target RPO 100 %, 99 % and 90 % of the time, from a simulated"
          + " replication backlog of the profiled write rates."),
  RPO_TARGET(
      "rpo-target",
      Severity.WARNING,
      "bandwidth",
      "site-recovery-vmware-deployment-planner-analyze-report.md (2021)",
      "At the given bandwidth the simulated RPO goes above a target RPO."),
  RPO_CACHE_BACKLOG(
      "rpo-cache-backlog",
      Severity.WARNING,
      "bandwidth",
      "vmware-physical-azure-monitor-process-server.md (2019-09-05)",
      "A process server's simulated backlog leaves less than 30 % of its cache disk free (the"
          + " Warning health threshold), or does not fit on it."),
  RPO_DAILY_AVERAGE(
      "rpo-daily-average",
      Severity.WARNING,
      "bandwidth",
      "assumption (the bandwidth options' peak factor, 2 by default: the documents give none)",
      "Without profiled write rates only daily averages are known; the bandwidth is the average"
          + " upload times a stated peak factor."),
  INITIAL_REPLICATION(
      "initial-replication",
      Severity.INFO,
      "bandwidth",
      "site-recovery-vmware-deployment-planner-analyze-report.md (2021)",
      "The initial replication of each site's machines in batches that finish within the goal, at"
          + " the link rate left after delta replication."),
  COMPRESSION(
      "compression",
      Severity.INFO,
      "bandwidth",
      "assumption (the bandwidth options' compression share, 30 % by default)",
      "Replication data is compressed before upload by the stated share (ASR assumes 30 %).");

  private static final Map<String, Rule> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private final String id;
  private final Severity severity;
  private final String section;
  private final String source;
  private final String statement;

  Rule(String id, Severity severity, String section, String source, String statement) {
    this.id = id;
    this.severity = severity;
    this.section = section;
    this.source = source;
    this.statement = statement;
  }

  /** The stable id, as printed in every output. */
  public String id() {
    return id;
  }

  /** The usual severity; a finding may carry another. */
  public Severity severity() {
    return severity;
  }

  /** The catalog section or docs/rules.md part the rule belongs to. */
  public String section() {
    return section;
  }

  /**
   * The document (path and date) the rule comes from, or "assumption" and, in brackets, where the
   * assumed value is set; never empty, so that a finding without a document of its own cites this.
   */
  public String source() {
    return source;
  }

  /** The rule in one line. */
  public String statement() {
    return statement;
  }

  /** The rule with this id, if any: saved plans may carry ids of other versions. */
  public static Optional<Rule> ofId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
