/**
 * What-if questions on a workload: growth over time, bandwidth and initial replication, day-to-day
 * churn variation (seeded Monte Carlo), trends in measured history, named scenarios and sweeps.
 *
 * <p>Conventions: each mode is a plain function from a workload, a catalog and options to an
 * immutable result; randomness is seeded, so the same input gives the same output. Input files that
 * cannot be used are a {@link org.asrsizing.whatif.WhatIfInputException}.
 */
package org.asrsizing.whatif;
