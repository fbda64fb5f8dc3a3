package org.asrsizing.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.asrsizing.catalog.Catalog;
import org.asrsizing.io.CatalogLoader;
import org.junit.jupiter.api.Test;

class ConfigurationServerLimitCheckTest {

  private static final Catalog CLASSIC = CatalogLoader.builtIn("asr-classic");

  @Test
  void theLargestProcessServersMachineLimitIsTheSmallestLimitAccepted() {
    assertThatCode(() -> Planner.checkConfigurationServerLimit(CLASSIC, 225))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Planner.checkConfigurationServerLimit(CLASSIC, 224))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the configuration server machine limit must be at least the largest process server"
                + " tier's machine limit");
  }

  @Test
  void noLimitIsTheCatalogsAndAlwaysAccepted() {
    assertThatCode(
            () ->
                Planner.checkConfigurationServerLimit(
                    CatalogLoader.builtIn("asr-modernized"), null))
        .doesNotThrowAnyException();
  }

  @Test
  void aCatalogWithoutASeparateConfigurationServerTakesNoLimit() {
    assertThatThrownBy(
            () ->
                Planner.checkConfigurationServerLimit(CatalogLoader.builtIn("asr-modernized"), 650))
        .hasMessage(
            "catalog asr-modernized has no separate configuration server to set a limit for");
  }
}
