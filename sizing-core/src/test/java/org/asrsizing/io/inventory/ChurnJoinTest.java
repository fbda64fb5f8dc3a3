package org.asrsizing.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asrsizing.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measured churn joined onto an inventory by name, with every mismatch counted and named. */
class ChurnJoinTest {

  @TempDir Path dir;

  private Inventory read(String name, String text) throws IOException {
    return Inventories.read(
        Files.writeString(dir.resolve(name), text), null, ReadOptions.defaults());
  }

  @Test
  void matchedMachinesTakeTheMeasuredChurnTheOthersKeepTheirsAndEveryMismatchIsNamed()
      throws IOException {
    Inventory inventory =
        read("inv.csv", "name,churnGiBPerDay,site\nWEB01,50,paris\ndb01,80,paris\napp01,10,lyon\n");
    Inventory measured = read("m.csv", "name,churnGiBPerDay\nweb01,12.5\nApp01,300\nghost,7\n");

    Inventory joined = ChurnJoin.apply(inventory, measured);

    assertThat(joined.machines())
        .extracting(Machine::name, Machine::churnGiBPerDay, Machine::site)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("WEB01", 12.5, "paris"),
            org.assertj.core.groups.Tuple.tuple("db01", 80.0, "paris"),
            org.assertj.core.groups.Tuple.tuple("app01", 300.0, "lyon"));
    assertThat(joined.assumptions())
        .anySatisfy(a -> assertThat(a).startsWith("daily churn of 2 machines measured in "))
        .anySatisfy(
            a -> assertThat(a).contains("1 machine of the inventory is not in").endsWith(": db01"))
        .anySatisfy(a -> assertThat(a).contains("is not in the inventory and is not used: ghost"));
    assertThat(joined.machines().size() + joined.skipped().size() + joined.excluded().size())
        .isEqualTo(3);
  }

  @Test
  void namesThatDifferOnlyInCaseInTheMeasuredFileAreAnError() throws IOException {
    Inventory inventory = read("inv.csv", "name,churnGiBPerDay\nweb01,50\n");
    Inventory measured = read("m.csv", "name,churnGiBPerDay\nweb01,1\nWEB01,2\n");

    assertThatThrownBy(() -> ChurnJoin.apply(inventory, measured))
        .isInstanceOf(InventoryException.class)
        .hasMessageContaining("differ only in case");
  }

  @Test
  void profiledSeriesComeAlongOnlyWhenEveryMachineHasOne() throws IOException {
    Inventory inventory = read("inv.csv", "name,churnGiBPerDay\nA,50\nb,80\n");
    Inventory all =
        read(
            "w.csv",
            "name,timestamp,writeMBps\na,2024-05-01T00:00:00,1\nb,2024-05-01T00:00:00,2\n");
    Inventory some = read("w1.csv", "name,timestamp,writeMBps\na,2024-05-01T00:00:00,1\n");

    assertThat(ChurnJoin.apply(inventory, all).series())
        .extracting(org.asrsizing.model.WriteSeries::machine)
        .containsExactly("A", "b");
    Inventory partial = ChurnJoin.apply(inventory, some);
    assertThat(partial.series()).isEmpty();
    assertThat(partial.assumptions())
        .anySatisfy(a -> assertThat(a).contains("not used for bandwidth"));
  }
}
