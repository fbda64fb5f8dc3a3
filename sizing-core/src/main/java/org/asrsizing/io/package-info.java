/**
 * Files in: the readers of catalogs, saved plans, deployment and metrics files, servers files,
 * what-if scenario and history files and (in {@code io.inventory}) inventories.
 *
 * <p>Conventions: a file that cannot be used is an {@link org.asrsizing.model.InputFileException}
 * naming the file and, where there is one, the line, column or field; nothing is half read. Every
 * JSON or YAML file is read through {@link org.asrsizing.io.StructuredFile}, which words every
 * parser failure the same way.
 */
package org.asrsizing.io;
