package org.asrsizing.whatif;

import org.asrsizing.model.Preference;

/**
 * One scenario's outcome.
 *
 * @param name the scenario's name
 * @param catalog catalog id and version used
 * @param growthPercent growth applied, percent
 * @param headroomPercent headroom applied, percent
 * @param preference what was minimised first
 * @param deployment what it needs
 */
public record ScenarioRow(
    String name,
    String catalog,
    double growthPercent,
    double headroomPercent,
    Preference preference,
    Deployment deployment) {}
