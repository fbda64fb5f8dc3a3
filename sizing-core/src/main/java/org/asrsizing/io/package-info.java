/**
 * Files in: the readers of catalogs, saved plans, deployment and metrics files, servers files and
 * (in {@code io.inventory}) inventories.
 *
 * <p>Conventions: a file that cannot be used is an {@link org.asrsizing.model.InputFileException}
 * naming the file and, where there is one, the line, column or field; nothing is half read.
 */
package org.asrsizing.io;
