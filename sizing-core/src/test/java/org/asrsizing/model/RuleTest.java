package org.asrsizing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleTest {

  @Test
  void everyRuleHasAnIdASeverityASectionASourceAndAStatement() {
    for (Rule r : Rule.values()) {
      assertThat(r.id()).as(r.name()).matches("[a-z]+(-[a-z0-9]+)*");
      assertThat(r.severity()).as(r.name()).isNotNull();
      assertThat(r.section()).as(r.name()).isNotBlank();
      assertThat(r.source()).as(r.name()).isNotBlank();
      assertThat(r.statement()).as(r.name()).isNotBlank();
    }
  }

  @Test
  void ruleIdsAreUniqueAndMapBackToTheirRule() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id).distinct().count())
        .isEqualTo(Rule.values().length);
    for (Rule r : Rule.values()) {
      assertThat(Rule.ofId(r.id())).contains(r);
    }
    assertThat(Rule.ofId("no-such-rule")).isEmpty();
  }

  @Test
  void aFindingMadeFromARuleCarriesItsId() {
    Finding f = new Finding(Rule.LOWER_BOUND, Severity.INFO, "m", "");
    assertThat(f.rule()).isEqualTo("lower-bound");
  }
}
