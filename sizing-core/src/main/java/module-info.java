/**
 * sizing-core: the rules, placement and use cases of the ASR sizing tool, and its readers and
 * writers. An embedder starts at {@link org.asrsizing.api.Sizing}.
 *
 * <p>Exported: the entry point ({@code api}), the values ({@code model}, {@code catalog}), the use
 * cases' options and results ({@code plan}, {@code operate}, {@code whatif}, {@code runbook}), and
 * files in and out ({@code io}, {@code io.inventory}, {@code format}). Not exported: the placement
 * kernel ({@code placement}) and the machine checks ({@code rules}), which may change in any
 * version. Jackson reads and writes the values and the file shapes by reflection, so their packages
 * are open to it; the JSON Schemas ({@code org/asrsizing/schemas}) are open to every module.
 */
module org.asrsizing.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires commons.math3;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.apache.commons.rng.sampling;

  exports org.asrsizing.api;
  exports org.asrsizing.model;
  exports org.asrsizing.catalog;
  exports org.asrsizing.plan;
  exports org.asrsizing.operate;
  exports org.asrsizing.whatif;
  exports org.asrsizing.runbook;
  exports org.asrsizing.io;
  exports org.asrsizing.io.inventory;
  exports org.asrsizing.format;

  opens org.asrsizing.model to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.catalog to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.plan to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.operate to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.whatif to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.runbook to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.io to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.io.inventory to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.format to
      com.fasterxml.jackson.databind;
  opens org.asrsizing.schemas;
}
