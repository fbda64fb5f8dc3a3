package org.asrsizing.runbook;

/**
 * The proxy a server reaches Azure through; any value may be {@code null} (a placeholder). The
 * password is never part of this value.
 *
 * @param address proxy IP address or host name
 * @param port proxy port, 1 to 65535
 * @param authenticate whether the proxy needs a user name and password
 * @param userName the proxy user name
 */
public record Proxy(String address, Integer port, Boolean authenticate, String userName) {}
