package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.List;
import org.asrsizing.placement.Host;

/** A server being filled: its tier as planned and the items on it. */
final class Bin implements Host<Item> {
  Capacity capacity;
  int machines;
  double churn;
  final int serial;
  final List<Item> items = new ArrayList<>();

  /** Cached: the heaps compare it a million times per plan. */
  private double utilisation;

  /** Counts changes of load, so that heap entries made before a change are recognised. */
  int version;

  Bin(Capacity capacity, int serial) {
    this.capacity = capacity;
    this.serial = serial;
  }

  @Override
  public int machineLimit() {
    return capacity.maxMachines();
  }

  @Override
  public double churnLimitGiBPerDay() {
    return capacity.maxChurnGiBPerDay();
  }

  @Override
  public int machines() {
    return machines;
  }

  @Override
  public double churnGiBPerDay() {
    return churn;
  }

  @Override
  public double utilisation() {
    return utilisation;
  }

  @Override
  public List<Item> loads() {
    return items;
  }

  void retype(Capacity newCapacity) {
    capacity = newCapacity;
    utilisation = Host.super.utilisation();
  }

  @Override
  public void add(Item item) {
    items.add(item);
    machines += item.count();
    churn += item.churnGiBPerDay();
    utilisation = Host.super.utilisation();
    version++;
  }

  @Override
  public Item take(int index) {
    Item item = items.remove(index);
    machines -= item.count();
    churn -= item.churnGiBPerDay();
    utilisation = Host.super.utilisation();
    version++;
    return item;
  }
}
