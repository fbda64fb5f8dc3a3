package org.asrsizing.model;

/** How much a finding matters. */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
