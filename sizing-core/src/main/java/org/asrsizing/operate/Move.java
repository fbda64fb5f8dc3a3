package org.asrsizing.operate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One machine changing server, or a new machine's first server.
 *
 * @param machine the machine's name
 * @param from the server it uses now; {@code null} for a machine not replicated yet
 * @param to the server it uses after the change
 * @param churnGiBPerDay its daily churn, GiB/day
 */
public record Move(
    String machine,
    @JsonInclude(JsonInclude.Include.NON_NULL) String from,
    String to,
    double churnGiBPerDay) {}
