package org.asrsizing.model;

import java.util.List;

/**
 * Another deployment that carries the same workload, optimised for the other preference.
 *
 * @param preference what it minimises first
 * @param description one sentence: its servers by tier
 * @param totals its totals
 * @param serversByTier for example {@code ["2 x process server medium", "1 x configuration
 *     server"]}
 */
public record Alternative(
    Preference preference, String description, Totals totals, List<String> serversByTier) {}
