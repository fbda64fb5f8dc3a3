package org.asrsizing.io.inventory;

final class RvToolsColumns {
  static final String VM = "VM";
  static final String POWERSTATE = "Powerstate";

  private RvToolsColumns() {}
}
