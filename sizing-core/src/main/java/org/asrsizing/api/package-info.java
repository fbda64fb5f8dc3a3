/**
 * What a program that embeds the tool calls: {@link org.asrsizing.api.Sizing}, over the values of
 * {@code model} and {@code catalog}, the readers of {@code io.inventory} and the writers of {@code
 * io}.
 */
package org.asrsizing.api;
