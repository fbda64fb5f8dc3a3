/**
 * The placement kernel that planning and operating share: what a server may carry ({@link
 * org.asrsizing.placement.Limits}, with the one tolerance), a server as placement sees it ({@link
 * org.asrsizing.placement.Slot}), which server a load goes to ({@link
 * org.asrsizing.placement.Slots}) and which tier to buy ({@link
 * org.asrsizing.placement.CheapestTier}).
 *
 * <p>Internal: public only because {@code plan} and {@code operate} live in other packages. Ties
 * are broken by the order of the slots or tiers given, never by chance, so that the same input
 * gives the same placement.
 */
package org.asrsizing.placement;
