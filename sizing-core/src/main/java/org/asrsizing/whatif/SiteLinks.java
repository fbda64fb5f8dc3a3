package org.asrsizing.whatif;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The WAN bandwidth of each site: one for every site without its own, and any per site.
 *
 * @param others Mbps of every site not named in {@code perSite}, or {@code null}
 * @param perSite Mbps by site name
 */
public record SiteLinks(Double others, Map<String, Double> perSite) {

  /** No link given: only the required bandwidth is computed. */
  public static final SiteLinks NONE = new SiteLinks(null, Map.of());

  public SiteLinks {
    perSite = Map.copyOf(new TreeMap<>(perSite));
    if (others != null && !(others > 0 && Double.isFinite(others))) {
      throw new IllegalArgumentException("a bandwidth must be a number of Mbps above 0");
    }
    for (Map.Entry<String, Double> e : perSite.entrySet()) {
      if (!(e.getValue() > 0 && Double.isFinite(e.getValue()))) {
        throw new IllegalArgumentException(
            "the bandwidth of site " + e.getKey() + " must be a number of Mbps above 0");
      }
    }
  }

  /** Whether any bandwidth was given. */
  public boolean given() {
    return others != null || !perSite.isEmpty();
  }

  /** The link of {@code site}, Mbps, or {@code null}. */
  public Double of(String site) {
    return perSite.getOrDefault(site, others);
  }

  /**
   * Checks the links against the sites of the plan: each named site must exist, and when any link
   * is given every site must have one.
   */
  void check(Collection<String> sites) {
    for (String named : perSite.keySet()) {
      if (!sites.contains(named)) {
        throw new IllegalArgumentException(
            "no protectable machine is in site "
                + named
                + "; the sites are "
                + String.join(", ", sites));
      }
    }
    if (given()) {
      for (String site : sites) {
        if (of(site) == null) {
          throw new IllegalArgumentException(
              "site "
                  + site
                  + " has no bandwidth; give one for every site ("
                  + String.join(", ", sites)
                  + ") or one for all");
        }
      }
    }
  }

  /**
   * The sum of the links of the sites of {@code plan}'s protectable machines, Mbps, what an initial
   * replication of all of them shares; fails as {@link #check} does.
   */
  public double totalMbps(org.asrsizing.model.Plan plan) {
    java.util.Set<String> sites = new java.util.LinkedHashSet<>();
    for (org.asrsizing.model.PlannedServer s : RpoReport.carrying(plan)) {
      if (s.machines() > 0) {
        sites.add(s.site());
      }
    }
    check(sites);
    return total(sites);
  }

  /** The sum of the links of {@code sites}, Mbps. */
  double total(Collection<String> sites) {
    double sum = 0;
    for (String s : sites) {
      sum += of(s);
    }
    return sum;
  }
}
