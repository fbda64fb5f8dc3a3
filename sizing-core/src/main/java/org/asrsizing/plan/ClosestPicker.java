package org.asrsizing.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes, from items in ascending churn, the unused one closest to a wanted churn: a binary search,
 * then the nearest unused neighbours through path-compressed skip pointers, so a million picks take
 * well under a second.
 */
final class ClosestPicker {
  private final List<Item> items;
  private final double[] churn;
  private final int[] up;
  private final int[] down;
  private int left;

  ClosestPicker(List<Item> ascending) {
    items = ascending;
    int n = ascending.size();
    churn = new double[n];
    up = new int[n + 2];
    down = new int[n + 2];
    for (int i = 0; i < n; i++) {
      churn[i] = ascending.get(i).churnGiBPerDay();
    }
    // Positions are shifted by one: 0 and n + 1 are sentinels that are never used.
    for (int i = 0; i < n + 2; i++) {
      up[i] = i;
      down[i] = i;
    }
    left = n;
  }

  boolean isEmpty() {
    return left == 0;
  }

  Item take(double want) {
    int at = Arrays.binarySearch(churn, want);
    int insertion = at >= 0 ? at : -at - 1;
    int above = find(up, insertion + 1);
    int below = find(down, insertion);
    int n = churn.length;
    int pick;
    if (above > n) {
      pick = below;
    } else if (below < 1) {
      pick = above;
    } else {
      pick = want - churn[below - 1] <= churn[above - 1] - want ? below : above;
    }
    up[pick] = pick + 1;
    down[pick] = pick - 1;
    left--;
    return items.get(pick - 1);
  }

  List<Item> rest() {
    List<Item> rest = new ArrayList<>();
    for (int i = find(up, 1); i <= churn.length; i = find(up, i + 1)) {
      rest.add(items.get(i - 1));
    }
    return rest;
  }

  /** The first unused position from {@code i} on, in the direction the pointers lead. */
  private static int find(int[] next, int i) {
    int root = i;
    while (next[root] != root) {
      root = next[root];
    }
    while (next[i] != root) {
      int step = next[i];
      next[i] = root;
      i = step;
    }
    return root;
  }
}
