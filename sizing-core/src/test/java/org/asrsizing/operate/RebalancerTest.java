package org.asrsizing.operate;

import static org.asrsizing.operate.Deployments.CLASSIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.asrsizing.model.CurrentDeployment;
import org.asrsizing.model.DeployedServer;
import org.asrsizing.model.ObservedMetrics;
import org.asrsizing.model.Rule;
import org.junit.jupiter.api.Test;

class RebalancerTest {

  @Test
  void aFreshPlanAsDeployedNeedsNoMovesWithEitherCatalog() {
    for (var catalog : java.util.List.of(CLASSIC, Deployments.MODERNIZED)) {
      var fleet = new java.util.ArrayList<org.asrsizing.model.Machine>();
      for (int i = 0; i < 700; i++) {
        fleet.add(org.asrsizing.model.Machine.of("vm-" + i, 1 + (i * 37 % 23)));
      }
      var plan =
          org.asrsizing.plan.Planner.plan(
              org.asrsizing.model.Workload.of(fleet),
              catalog,
              org.asrsizing.plan.PlanOptions.defaults());

      Rebalance r = Rebalancer.run(CurrentDeployment.of(plan), catalog, Deployments.rebalance());

      assertThat(r.moves()).isEmpty();
      assertThat(r.summary().lowerBoundMoves()).isZero();
      assertThat(r.summary().machines()).isEqualTo(700);
    }
  }

  @Test
  void aBalancedDeploymentNeedsNoMoves() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 100, 5)
            .psMany("ps-2", "medium", 90, 6)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves()).isEmpty();
    assertThat(r.summary().lowerBoundMoves()).isZero();
    assertThat(r.summary().serversAdded()).isZero();
    assertThat(r.operations()).isEmpty();
  }

  @Test
  void aServerOverItsChurnLimitShedsItsFewestLargestMachinesOntoTheOther() {
    // ps-1 (small: 250 GiB/day) carries 300: one machine of at least 50 must leave.
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "small", 120, 100, 60, 20)
            .psMany("ps-2", "medium", 100, 2)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.summary().lowerBoundMoves()).isEqualTo(1);
    assertThat(r.moves()).hasSize(1);
    // The least churn that relieves it: the 60 GiB/day machine, not the 120 one.
    assertThat(r.moves().get(0).churnGiBPerDay()).isEqualTo(60);
    assertThat(r.moves().get(0).to()).isEqualTo("ps-2");
    assertThat(r.operations())
        .singleElement()
        .satisfies(o -> assertThat(o.operation()).isEqualTo(PortalOperation.LOAD_BALANCE));
    assertThat(r.summary().serversOverLimitBefore()).isEqualTo(1);
    assertThat(r.summary().serversOverLimitAfter()).isZero();
  }

  @Test
  void aServerOverItsMachineLimitShedsTheSmallestMachines() {
    // small holds 85 machines: 86 is one too many.
    double[] churns = new double[86];
    for (int i = 0; i < churns.length; i++) {
      churns[i] = 1 + i;
    }
    for (int i = 0; i < churns.length; i++) {
      churns[i] = churns[i] / 100;
    }
    CurrentDeployment d =
        Deployments.classic().ps("ps-1", "small", churns).psMany("ps-2", "small", 10, 1).build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves())
        .singleElement()
        .satisfies(m -> assertThat(m.churnGiBPerDay()).isEqualTo(0.01));
    assertThat(r.summary().lowerBoundMoves()).isEqualTo(1);
  }

  @Test
  void eightyFiveMachinesOnASmallServerAreWithinItsLimit() {
    CurrentDeployment d =
        Deployments.classic().psMany("ps-1", "small", 85, 1).psMany("ps-2", "small", 10, 1).build();

    assertThat(Rebalancer.run(d, CLASSIC, Deployments.rebalance()).moves()).isEmpty();
  }

  @Test
  void churnOfExactly250GibPerDayOnASmallServerNeedsNoMove() {
    CurrentDeployment exactly =
        Deployments.classic().ps("ps-1", "small", 125, 125).ps("ps-2", "small", 1).build();
    CurrentDeployment above =
        Deployments.classic().ps("ps-1", "small", 125, 125.01).ps("ps-2", "small", 1).build();

    assertThat(Rebalancer.run(exactly, CLASSIC, Deployments.rebalance()).moves()).isEmpty();
    assertThat(Rebalancer.run(above, CLASSIC, Deployments.rebalance()).moves()).hasSize(1);
  }

  @Test
  void whenNoServerHasRoomTheCheapestTierThatHoldsTheRestIsAdded() {
    CurrentDeployment d =
        Deployments.classic().ps("ps-1", "small", 200, 200).ps("ps-2", "small", 240).build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.summary().serversAdded()).isEqualTo(1);
    assertThat(r.servers())
        .filteredOn(s -> s.change().equals("added"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.tier()).isEqualTo("small");
              assertThat(s.configurationServer()).isEqualTo("cs-1");
              assertThat(s.machinesAfter()).isEqualTo(1);
            });
    assertThat(r.findings()).anyMatch(f -> f.is(Rule.REBALANCE_ADDED_SERVER));
    assertThat(r.summary().serversOverLimitAfter()).isZero();
  }

  @Test
  void theResizeThatWouldAvoidTheMovesIsShownBesideThem() {
    CurrentDeployment d =
        Deployments.classic().ps("ps-1", "small", 200, 200).ps("ps-2", "small", 240).build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.findings())
        .filteredOn(f -> f.is(ScaleUp.RULE))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("+4 vCPU")
                    .contains("ps-1 small to medium")
                    .contains("the rebalance moves 1 machine(s) and adds 4 vCPU of servers"));
  }

  @Test
  void whenTheRoomIsThereButSplitOtherMachinesMakeWayRatherThanBuyingAServer() {
    // ps-1 must shed 200; ps-2 and ps-3 have 150 free each. Moving a 100 from ps-2 to ps-3
    // makes the room: three servers hold it all, so none is added.
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "small", 200, 250)
            .ps("ps-2", "small", 100)
            .ps("ps-3", "small", 50, 50)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.summary().serversAdded()).isZero();
    assertThat(r.summary().serversOverLimitAfter()).isZero();
    assertThat(r.moves().size()).isGreaterThanOrEqualTo(r.summary().lowerBoundMoves());
  }

  @Test
  void drainingAServerMovesEveryMachineAndSwitchesWhenOneServerTakesThemAll() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 20, 5)
            .psMany("ps-2", "medium", 20, 5)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("ps-1"));

    assertThat(r.command()).isEqualTo("drain");
    assertThat(r.moves()).hasSize(20).allMatch(m -> m.from().equals("ps-1"));
    assertThat(r.summary().lowerBoundMoves()).isEqualTo(20);
    assertThat(r.operations())
        .singleElement()
        .satisfies(o -> assertThat(o.operation()).isEqualTo(PortalOperation.SWITCH));
    assertThat(r.steps()).anyMatch(s -> s.contains("Dependencies"));
  }

  @Test
  void drainingAServerThatIsNotThereIsAnError() {
    CurrentDeployment d = Deployments.classic().psMany("ps-1", "medium", 2, 5).build();

    assertThatThrownBy(() -> Rebalancer.run(d, CLASSIC, Deployments.drain("ps-9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("there is no server ps-9 in the deployment; its servers are cs-1, ps-1");
  }

  @Test
  void aCriticalServerShedsLoadAndReceivesNothing() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 10, 50)
            .psMany("ps-2", "medium", 10, 10)
            .metrics("ps-1", new ObservedMetrics(96.0, null, null, null))
            .newMachine("vm-new", 1)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    ServerReport ps1 = r.servers().stream().filter(s -> s.id().equals("ps-1")).findFirst().get();
    assertThat(ps1.health()).isEqualTo(HealthState.CRITICAL);
    // CPU 96 % must come back to 80 %: keep at most 80/96 of 500 GiB/day.
    assertThat(ps1.churnAfterGiBPerDay()).isLessThanOrEqualTo(500 * 80.0 / 96 + 1e-9);
    assertThat(r.placements()).singleElement().satisfies(p -> assertThat(p.to()).isEqualTo("ps-2"));
  }

  @Test
  void newMachinesGoWhereTheyFitAndCountAsPlacementsNotMoves() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 10, 10)
            .newMachine("vm-a", 30)
            .newMachine("vm-b", 30)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves()).isEmpty();
    assertThat(r.placements()).hasSize(2);
    assertThat(r.operations())
        .singleElement()
        .satisfies(o -> assertThat(o.operation()).isEqualTo(PortalOperation.ENABLE_REPLICATION));
  }

  @Test
  void twoServersHalfFullSurviveOneFailureAndTwoFullOnesNeedASpare() {
    CurrentDeployment half =
        Deployments.classic()
            .psMany("ps-1", "medium", 50, 5)
            .psMany("ps-2", "medium", 50, 5)
            .build();
    CurrentDeployment full =
        Deployments.classic()
            .psMany("ps-1", "medium", 140, 5)
            .psMany("ps-2", "medium", 140, 5)
            .build();
    OperateOptions spare = new OperateOptions(0, null, Set.of(), 1, OperateMode.HEALTH);

    FailureTolerance ok = Rebalancer.run(half, CLASSIC, spare).failureTolerance();
    FailureTolerance needs = Rebalancer.run(full, CLASSIC, spare).failureTolerance();

    assertThat(ok.toleratedBefore()).isTrue();
    assertThat(ok.spares()).isEmpty();
    assertThat(needs.toleratedBefore()).isFalse();
    assertThat(needs.spares())
        .singleElement()
        .satisfies(s -> assertThat(s.tier()).isEqualTo("medium"));
    assertThat(needs.checks()).allMatch(FailureCheck::tolerated);
    assertThat(needs.extraVcpus()).isEqualTo(8);
  }

  @Test
  void newMachinesThatFitNowhereArePlannedAfreshWhenThatCostsLessThanFillingEveryRoom() {
    // Five configuration servers with room for 40 machines each (limit 300, 260 carried): filling
    // those rooms takes five small process servers (20 vCPU); the 200 new machines alone fit one
    // large configuration server that replicates (16 vCPU).
    var servers = new java.util.ArrayList<DeployedServer>();
    var machines = new java.util.ArrayList<org.asrsizing.model.Machine>();
    var serverOf = new java.util.LinkedHashMap<String, String>();
    for (int c = 1; c <= 5; c++) {
      servers.add(Deployments.managing("cs-" + c, "default"));
      for (String tier : java.util.List.of("large", "small")) {
        var names = new java.util.ArrayList<String>();
        // Full: the large one by machines (225), the small one by churn (250 GiB/day).
        int count = tier.equals("large") ? 225 : 35;
        double churn = tier.equals("large") ? 1 : 250.0 / 35;
        String ps = "ps-" + c + "-" + tier;
        for (int i = 0; i < count; i++) {
          String name = ps + "-vm-" + i;
          names.add(name);
          machines.add(org.asrsizing.model.Machine.of(name, churn));
          serverOf.put(name, ps);
        }
        servers.add(
            Deployments.server(
                ps,
                org.asrsizing.model.ServerRole.PROCESS_SERVER,
                "default",
                "cs-" + c,
                tier,
                names));
      }
    }
    for (int i = 0; i < 200; i++) {
      machines.add(org.asrsizing.model.Machine.of("new-" + i, 1));
    }
    CurrentDeployment d = Deployments.of(servers, machines, serverOf);

    Rebalance r =
        Rebalancer.run(d, CLASSIC, new OperateOptions(0, 300, Set.of(), 0, OperateMode.REBALANCE));

    assertThat(r.summary().addedVcpus()).isEqualTo(16);
    assertThat(r.servers())
        .filteredOn(s -> s.change().equals("added"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo("cs-new-1");
              assertThat(s.replicates()).isTrue();
              assertThat(s.machinesAfter()).isEqualTo(200);
            });
    assertThat(r.placements()).hasSize(200);
    assertThat(r.findings()).anyMatch(f -> f.message().contains("planned as a group of their own"));
  }

  @Test
  void aReplicatingMachineNoTierCarriesStaysWhereItIsAndCountsInTheLoad() {
    CurrentDeployment d =
        Deployments.classic().ps("ps-1", "large", 1700, 300).ps("ps-2", "medium", 100).build();

    Rebalance r =
        Rebalancer.run(
            d, CLASSIC, new OperateOptions(20, null, Set.of(), 0, OperateMode.REBALANCE));

    assertThat(r.unplaced())
        .singleElement()
        .satisfies(u -> assertThat(u.churnGiBPerDay()).isEqualTo(1700));
    ServerReport ps1 = r.servers().stream().filter(x -> x.id().equals("ps-1")).findFirst().get();
    assertThat(ps1.machinesBefore()).isEqualTo(2);
    assertThat(ps1.churnBeforeGiBPerDay()).isEqualTo(2000);
    assertThat(ps1.health()).isEqualTo(HealthState.WARNING);
    assertThat(r.moves()).isEmpty();
    assertThat(r.summary().serversOverLimitAfter()).isEqualTo(1);
    assertThat(r.findings()).anyMatch(f -> f.is(Rule.MACHINE_NOT_PROTECTABLE));
  }

  @Test
  void addedServersNeverTakeTheNameOfOneThatIsThere() {
    CurrentDeployment d =
        Deployments.classic().ps("ps-new-1", "small", 200, 200).ps("ps-2", "small", 240).build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.servers()).extracting(ServerReport::id).doesNotHaveDuplicates();
    assertThat(r.moves()).allMatch(m -> !m.from().equals(m.to()));
    assertThat(r.servers()).anyMatch(x -> x.id().equals("ps-new-2") && x.change().equals("added"));
  }

  @Test
  void amongTheFewestMachinesTheLeastChurnMoves() {
    // 412.5 GiB/day on a small server (250): two machines must go, 150 + 25 relieves it best.
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "small", 150, 125, 112.5, 25)
            .psMany("ps-2", "large", 1, 1)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves()).hasSize(2);
    assertThat(r.summary().churnMovedGiBPerDay()).isEqualTo(175);
  }

  @Test
  void aDrainedServerGoesWhollyToOneServerThatHasRoomSoOneSwitchDoesIt() {
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "medium", 60, 50, 40, 30)
            .psMany("ps-2", "large", 5, 1)
            .psMany("ps-3", "large", 5, 1)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("ps-1"));

    assertThat(r.operations())
        .singleElement()
        .satisfies(o -> assertThat(o.operation()).isEqualTo(PortalOperation.SWITCH));
  }

  @Test
  void aReceiverTakesOnlyAsMuchChurnAsItsObservedCpuLeavesBelowWarning() {
    // ps-2 runs at 40 % CPU with 100 GiB/day: at 80 % (Warning) it would carry 200.
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "small", 150, 140)
            .ps("ps-2", "large", 100)
            .metrics("ps-2", new ObservedMetrics(40.0, null, null, null))
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    ServerReport ps2 = r.servers().stream().filter(x -> x.id().equals("ps-2")).findFirst().get();
    assertThat(ps2.churnAfterGiBPerDay()).isLessThanOrEqualTo(200);
    assertThat(r.summary().serversOverLimitAfter()).isZero();
  }

  @Test
  void metricsOfAConfigurationServerThatOnlyManagesAreExplained() {
    CurrentDeployment d =
        Deployments.classic()
            .psMany("ps-1", "medium", 10, 5)
            .metrics("cs-1", new ObservedMetrics(99.0, null, null, null))
            .build();

    Rebalance r =
        Rebalancer.run(d, CLASSIC, new OperateOptions(0, null, Set.of(), 0, OperateMode.HEALTH));

    assertThat(r.findings())
        .filteredOn(f -> f.is(Rule.PROCESS_SERVER_HEALTH))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("cs-1 is Critical: CPU utilization is 99 %")
                    .doesNotContain("of its churn"));
  }

  @Test
  void newMachinesAreSpreadOverConfigurationServersInChunksTheCheapestTiersHold() {
    // Two configuration servers (limit 325) with room for 100 machines each and none on their
    // servers; 150 new machines of 2.5 GiB/day: 85 + 65 on two small servers (8 vCPU) beat
    // 100 + 50 on a medium and a small (12 vCPU).
    var servers = new java.util.ArrayList<DeployedServer>();
    var machines = new java.util.ArrayList<org.asrsizing.model.Machine>();
    var serverOf = new java.util.LinkedHashMap<String, String>();
    for (int c = 1; c <= 2; c++) {
      servers.add(Deployments.managing("cs-" + c, "default"));
      var names = new java.util.ArrayList<String>();
      for (int i = 0; i < 225; i++) {
        String name = "vm-" + c + "-" + i;
        names.add(name);
        machines.add(org.asrsizing.model.Machine.of(name, 1));
        serverOf.put(name, "ps-" + c);
      }
      servers.add(
          Deployments.server(
              "ps-" + c,
              org.asrsizing.model.ServerRole.PROCESS_SERVER,
              "default",
              "cs-" + c,
              "large",
              names));
    }
    for (int i = 0; i < 150; i++) {
      machines.add(org.asrsizing.model.Machine.of(String.format("new-%03d", i), 2.5));
    }
    CurrentDeployment d = Deployments.of(servers, machines, serverOf);

    Rebalance r =
        Rebalancer.run(d, CLASSIC, new OperateOptions(0, 325, Set.of(), 0, OperateMode.REBALANCE));

    assertThat(r.summary().serversAdded()).isEqualTo(2);
    assertThat(r.summary().addedVcpus()).isEqualTo(8);
    assertThat(r.placements()).hasSize(150);
  }

  @Test
  void aServerSmallerThanTheTierItIsRecordedAsIsPointedOut() {
    var servers =
        java.util.List.of(
            new DeployedServer(
                "ps-1",
                org.asrsizing.model.ServerRole.PROCESS_SERVER,
                "default",
                null,
                "small",
                2,
                8,
                300,
                true,
                java.util.List.of("a")));
    CurrentDeployment d =
        new CurrentDeployment(
            servers,
            java.util.List.of(org.asrsizing.model.Machine.of("a", 1)),
            java.util.Map.of("a", "ps-1"),
            java.util.Map.of(),
            null,
            null,
            null,
            java.util.List.of());

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.findings())
        .anyMatch(
            f ->
                f.message()
                    .startsWith("ps-1 is recorded as small but has 2 vCPU, 8 GiB memory and 300"));
  }

  @Test
  void theLeastChurnAmongTheFewestMachinesIsFoundWhereOneSwapAtATimeMissesIt() {
    // 576 GiB/day on a small server (250): four machines must go; 74 + 88 + 106 + 58 = 326 is
    // the least that relieves it (one swap at a time stops at 335).
    CurrentDeployment d =
        Deployments.classic()
            .ps("ps-1", "small", 90, 40, 83, 74, 88, 106, 58, 37)
            .psMany("ps-2", "large", 1, 1)
            .build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves()).hasSize(4);
    assertThat(r.summary().churnMovedGiBPerDay()).isEqualTo(326);
  }

  @Test
  void aGroupIsNotMovedWhenFewerMachinesOutsideItRelieveTheServer() {
    var names = new java.util.ArrayList<String>();
    var machines = new java.util.ArrayList<org.asrsizing.model.Machine>();
    var serverOf = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < 5; i++) {
      machines.add(new org.asrsizing.model.Machine("g" + i, 20, null, null, "G", null));
      names.add("g" + i);
    }
    machines.add(org.asrsizing.model.Machine.of("s1", 60));
    machines.add(org.asrsizing.model.Machine.of("s2", 50));
    names.add("s1");
    names.add("s2");
    for (int i = 0; i < 14; i++) {
      machines.add(org.asrsizing.model.Machine.of("f" + i, 10));
      names.add("f" + i);
    }
    names.forEach(n -> serverOf.put(n, "ps-1"));
    var servers =
        java.util.List.of(
            Deployments.server(
                "ps-1",
                org.asrsizing.model.ServerRole.PROCESS_SERVER,
                "default",
                null,
                "small",
                names),
            Deployments.server(
                "ps-2",
                org.asrsizing.model.ServerRole.PROCESS_SERVER,
                "default",
                null,
                "large",
                java.util.List.of()));
    CurrentDeployment d = Deployments.of(servers, machines, serverOf);

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.moves()).extracting(Move::machine).containsExactly("s1", "s2");
    assertThat(r.summary().lowerBoundMoves()).isEqualTo(2);
  }

  @Test
  void aDrainedServerThatKeepsAMachineNoTierCarriesIsNotUninstalled() {
    CurrentDeployment d =
        Deployments.classic().ps("ps-1", "large", 2100, 50).psMany("ps-2", "large", 1, 1).build();

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("ps-1"));

    assertThat(r.steps()).anyMatch(step -> step.startsWith("ps-1 cannot be retired yet"));
    assertThat(r.steps()).noneMatch(step -> step.contains("uninstall"));
    assertThat(r.summary().serversOverLimitBefore()).isEqualTo(1);
    assertThat(r.summary().serversOverLimitAfter()).isEqualTo(1);
  }

  @Test
  void theResizeAlternativeCountsOnlyWhatTheServerLacks() {
    CurrentDeployment d =
        new CurrentDeployment(
            java.util.List.of(
                new DeployedServer(
                    "ps-1",
                    org.asrsizing.model.ServerRole.PROCESS_SERVER,
                    "default",
                    null,
                    null,
                    10,
                    64,
                    2000,
                    true,
                    java.util.List.of("a", "b", "c"))),
            java.util.List.of(
                org.asrsizing.model.Machine.of("a", 500),
                org.asrsizing.model.Machine.of("b", 400),
                org.asrsizing.model.Machine.of("c", 200)),
            java.util.Map.of("a", "ps-1", "b", "ps-1", "c", "ps-1"),
            java.util.Map.of(),
            null,
            null,
            null,
            java.util.List.of());

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.findings())
        .filteredOn(f -> f.is(ScaleUp.RULE))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("adding +2 vCPU, +0 GiB memory, +0 GiB cache disk")
                    .contains("ps-1 medium to large"));
  }

  @Test
  void aDrainedConfigurationServerStaysInTheNextDeploymentAndOnlyManages() {
    CurrentDeployment d =
        new CurrentDeployment(
            java.util.List.of(
                Deployments.server(
                    "cs-1",
                    org.asrsizing.model.ServerRole.CONFIGURATION_SERVER,
                    "default",
                    null,
                    "medium",
                    java.util.List.of("a")),
                Deployments.server(
                    "ps-1",
                    org.asrsizing.model.ServerRole.PROCESS_SERVER,
                    "default",
                    "cs-1",
                    "medium",
                    java.util.List.of("b"))),
            java.util.List.of(
                org.asrsizing.model.Machine.of("a", 300), org.asrsizing.model.Machine.of("b", 90)),
            java.util.Map.of("a", "cs-1", "b", "ps-1"),
            java.util.Map.of(),
            null,
            null,
            null,
            java.util.List.of());

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.drain("cs-1"));

    assertThat(r.deploymentAfter().configurationServers())
        .singleElement()
        .satisfies(
            cs -> {
              assertThat(cs.id()).isEqualTo("cs-1");
              assertThat(cs.replicates()).isFalse();
              assertThat(cs.assignedMachines()).isEmpty();
            });
    assertThat(r.deploymentAfter().processServers())
        .singleElement()
        .satisfies(ps -> assertThat(ps.assignedMachines()).containsExactly("a", "b"));
  }

  @Test
  void newMachinesAreNeverRegisteredToAConfigurationServerOnAnotherSite() {
    CurrentDeployment d =
        new CurrentDeployment(
            java.util.List.of(
                Deployments.managing("cs-a", "siteA"),
                Deployments.managing("cs-b", "siteB"),
                Deployments.server(
                    "ps-a1",
                    org.asrsizing.model.ServerRole.PROCESS_SERVER,
                    "siteA",
                    "cs-a",
                    "small",
                    java.util.List.of("a1", "a2"))),
            java.util.List.of(
                new org.asrsizing.model.Machine("a1", 100, null, "siteA", null, null),
                new org.asrsizing.model.Machine("a2", 100, null, "siteA", null, null),
                new org.asrsizing.model.Machine("n1", 100, null, "siteA", null, null),
                new org.asrsizing.model.Machine("n2", 100, null, "siteA", null, null)),
            java.util.Map.of("a1", "ps-a1", "a2", "ps-a1"),
            java.util.Map.of(),
            null,
            null,
            null,
            java.util.List.of());

    Rebalance r = Rebalancer.run(d, CLASSIC, Deployments.rebalance());

    assertThat(r.servers())
        .filteredOn(x -> x.change().equals("added"))
        .allSatisfy(x -> assertThat(x.configurationServer()).isNotEqualTo("cs-b"));
  }
}
