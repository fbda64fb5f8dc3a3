package org.asrsizing.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Consistency rules of a catalog; the first violation becomes a one-sentence error. */
public final class CatalogValidator {

  public static final int SCHEMA_VERSION = 1;

  private final String origin;
  private final Set<String> sourceIds = new HashSet<>();

  private CatalogValidator(String origin) {
    this.origin = origin;
  }

  public static Catalog validated(Catalog c, String origin) {
    new CatalogValidator(origin).check(c);
    return c;
  }

  private void check(Catalog c) {
    require(c.schemaVersion() == SCHEMA_VERSION, "schemaVersion", "must be " + SCHEMA_VERSION);
    requireText(c.id(), "id");
    requireText(c.version(), "version");
    checkSources(c.sources());
    require(
        !c.configurationServerTiers().isEmpty(),
        "configurationServerTiers",
        "must list at least one tier");
    checkTiers(c.configurationServerTiers(), "configurationServerTiers");
    checkTiers(c.processServerTiers(), "processServerTiers");
    checkManagementServer(c);
    checkScaleOut(c.scaleOut(), last(c.configurationServerTiers()));
    checkMachineLimits(c);
  }

  private void checkSources(List<Source> sources) {
    require(!sources.isEmpty(), "sources", "must list at least one source document");
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      String field = "sources[" + i + "]";
      require(s != null, field, "must be an object");
      requireText(s.id(), field + ".id");
      requireText(s.document(), field + ".document");
      requireText(s.date(), field + ".date");
      require(sourceIds.add(s.id()), field + ".id", "repeats the id '" + s.id() + "'");
    }
  }

  /** Scale-out process servers need the configuration server that manages them; else none. */
  private void checkManagementServer(Catalog c) {
    if (!c.hasScaleOutProcessServers()) {
      require(
          c.managementServer() == null,
          "managementServer",
          "must be absent when there are no processServerTiers");
      return;
    }
    ManagementServer m = c.managementServer();
    require(
        m != null,
        "managementServer",
        "is required when processServerTiers is not empty (the configuration server that"
            + " manages scale-out process servers)");
    positive(m.vcpus(), "managementServer.vcpus");
    positive(m.memoryGiB(), "managementServer.memoryGiB");
    positive(m.cacheDiskGiB(), "managementServer.cacheDiskGiB");
    positive(m.maxMachines(), "managementServer.maxMachines");
    knownSource(m.source(), "managementServer.source");
    int largestPs = last(c.processServerTiers()).maxMachines();
    require(
        m.maxMachines() >= largestPs,
        "managementServer.maxMachines",
        "must be at least the largest process server tier's maxMachines (" + largestPs + ")");
    require(
        m.maxMachines() <= ManagementServer.MAX_MACHINES,
        "managementServer.maxMachines",
        "must be at most " + ManagementServer.MAX_MACHINES);
    if (m.alternatives() != null) {
      for (int i = 0; i < m.alternatives().size(); i++) {
        ManagementServer.Alternative a = m.alternatives().get(i);
        positive(a.maxMachines(), "managementServer.alternatives[" + i + "].maxMachines");
        knownSource(a.source(), "managementServer.alternatives[" + i + "].source");
      }
    }
  }

  /** Scaling out starts no later than the largest configuration server is full. */
  private void checkScaleOut(ScaleOutThresholds t, Tier largestCs) {
    require(t != null, "scaleOut", "is required");
    positive(t.maxMachines(), "scaleOut.maxMachines");
    positive(t.maxChurnGiBPerDay(), "scaleOut.maxChurnGiBPerDay");
    knownSource(t.source(), "scaleOut.source");
    require(
        t.maxMachines() <= largestCs.maxMachines(),
        "scaleOut.maxMachines",
        "must not exceed the largest configuration server tier's maxMachines ("
            + largestCs.maxMachines()
            + ")");
    require(
        t.maxChurnGiBPerDay() <= largestCs.maxChurnGiBPerDay(),
        "scaleOut.maxChurnGiBPerDay",
        "must not exceed the largest configuration server tier's maxChurnGiBPerDay ("
            + largestCs.maxChurnGiBPerDay()
            + ")");
  }

  /** The operating system table (each pattern a valid expression) and the disk limits. */
  private void checkCompatibility(Catalog c) {
    Compatibility cm = c.compatibility();
    if (cm == null) {
      return;
    }
    checkRows(cm.operatingSystems(), "compatibility.operatingSystems");
    if (cm.boot() != null) {
      checkRows(cm.boot().uefiUnsupported(), "compatibility.boot.uefiUnsupported");
      knownSource(cm.boot().source(), "compatibility.boot.source");
    }
    DiskLimits d = cm.disks();
    require(d != null, "compatibility.disks", "is required");
    positive(d.maxOsDiskGiB(), "compatibility.disks.maxOsDiskGiB");
    positive(d.maxDataDiskGiB(), "compatibility.disks.maxDataDiskGiB");
    positive(d.maxDiskIops(), "compatibility.disks.maxDiskIops");
    positive(d.maxMachineIops(), "compatibility.disks.maxMachineIops");
    knownSource(d.source(), "compatibility.disks.source");
    knownSource(d.iopsSource(), "compatibility.disks.iopsSource");
    if (d.maxBiosOsDiskGiB() != null
        || d.maxStorageAccountDataDiskGiB() != null
        || d.supportedLogicalSectorBytes() != null) {
      knownSource(d.matrixSource(), "compatibility.disks.matrixSource");
    }
    double previous = 0;
    for (int i = 0; i < cm.premiumDisks().size(); i++) {
      PremiumDisk p = cm.premiumDisks().get(i);
      String field = "compatibility.premiumDisks[" + i + "]";
      requireText(p.name(), field + ".name");
      require(p.maxSizeGiB() > previous, field + ".maxSizeGiB", "must grow from row to row");
      previous = p.maxSizeGiB();
      require(
          c.diskChurnLimits().stream().anyMatch(l -> l.targetStorage().equals(p.targetStorage())),
          field + ".targetStorage",
          "must name the targetStorage of a diskChurnLimits row");
      knownSource(p.source(), field + ".source");
    }
  }

  /** Rows of an operating system table: each named, with a valid pattern and a known source. */
  private void checkRows(java.util.List<OperatingSystem> rows, String table) {
    for (int i = 0; i < rows.size(); i++) {
      OperatingSystem o = rows.get(i);
      String field = table + "[" + i + "]";
      requireText(o.name(), field + ".name");
      requireText(o.pattern(), field + ".pattern");
      try {
        java.util.regex.Pattern.compile(o.pattern());
      } catch (java.util.regex.PatternSyntaxException e) {
        require(false, field + ".pattern", "is not a valid regular expression");
      }
      knownSource(o.source(), field + ".source");
    }
  }

  /** The limits of one machine and one disk, and the health thresholds. */
  private void checkMachineLimits(Catalog c) {
    MachineLimits ml = c.machineLimits();
    require(ml != null, "machineLimits", "is required");
    positive(ml.maxChurnGiBPerDay(), "machineLimits.maxChurnGiBPerDay");
    positive(ml.maxPeakChurnMBps(), "machineLimits.maxPeakChurnMBps");
    positive(ml.maxDataDisks(), "machineLimits.maxDataDisks");
    knownSource(ml.source(), "machineLimits.source");
    for (int i = 0; i < c.diskChurnLimits().size(); i++) {
      DiskChurnLimit d = c.diskChurnLimits().get(i);
      positive(d.maxChurnMBps(), "diskChurnLimits[" + i + "].maxChurnMBps");
      positive(d.maxChurnGiBPerDay(), "diskChurnLimits[" + i + "].maxChurnGiBPerDay");
      knownSource(d.source(), "diskChurnLimits[" + i + "].source");
    }
    checkCompatibility(c);
    for (int i = 0; i < c.choices().size(); i++) {
      Choice ch = c.choices().get(i);
      requireText(ch.id(), "choices[" + i + "].id");
      knownSource(ch.source(), "choices[" + i + "].source");
      knownSource(ch.alternativeSource(), "choices[" + i + "].alternativeSource");
    }
    for (int i = 0; i < c.healthThresholds().size(); i++) {
      HealthThreshold h = c.healthThresholds().get(i);
      requireText(h.metric(), "healthThresholds[" + i + "].metric");
      knownSource(h.source(), "healthThresholds[" + i + "].source");
    }
  }

  private void checkTiers(List<Tier> tiers, String field) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      String f = field + "[" + i + "]";
      require(tier != null, f, "must be an object");
      requireText(tier.name(), f + ".name");
      require(names.add(tier.name()), f + ".name", "repeats the tier name '" + tier.name() + "'");
      positive(tier.vcpus(), f + ".vcpus");
      positive(tier.memoryGiB(), f + ".memoryGiB");
      positive(tier.cacheDiskGiB(), f + ".cacheDiskGiB");
      positive(tier.maxChurnGiBPerDay(), f + ".maxChurnGiBPerDay");
      positive(tier.maxMachines(), f + ".maxMachines");
      knownSource(tier.source(), f + ".source");
      if (i > 0) {
        Tier prev = tiers.get(i - 1);
        require(
            tier.maxMachines() >= prev.maxMachines()
                && tier.maxChurnGiBPerDay() >= prev.maxChurnGiBPerDay()
                && (tier.maxMachines() > prev.maxMachines()
                    || tier.maxChurnGiBPerDay() > prev.maxChurnGiBPerDay()),
            f,
            "is out of order: tiers must be listed smallest first, each carrying more machines or"
                + " more churn than the one before and less of neither");
      }
    }
  }

  private static Tier last(List<Tier> tiers) {
    return tiers.get(tiers.size() - 1);
  }

  private void knownSource(String id, String field) {
    requireText(id, field);
    require(sourceIds.contains(id), field, "names the source '" + id + "', which is not listed");
  }

  private void positive(double value, String field) {
    require(
        Double.isFinite(value) && value > 0,
        field,
        "must be a number greater than 0 (got " + value + "; is it missing?)");
  }

  private void requireText(String value, String field) {
    require(value != null && !value.isBlank(), field, "is missing or empty");
  }

  private void require(boolean ok, String field, String problem) {
    if (!ok) {
      throw new CatalogException("catalog " + origin + ": field '" + field + "' " + problem);
    }
  }
}
