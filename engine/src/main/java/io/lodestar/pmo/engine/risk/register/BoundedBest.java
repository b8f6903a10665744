package io.lodestar.pmo.engine.risk.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the {@code limit} first elements of a stream under an order, in O(limit) memory and O(n log
 * limit) time: a max-heap on the order whose head is the worst retained element.
 */
final class BoundedBest<T> {

  private final int limit;
  private final Comparator<? super T> order;
  private final PriorityQueue<T> heap;

  BoundedBest(int limit, Comparator<? super T> order) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    this.limit = limit;
    this.order = order;
    this.heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), order.reversed());
  }

  void offer(T element) {
    if (limit == 0) {
      return;
    }
    if (heap.size() < limit) {
      heap.add(element);
    } else if (order.compare(element, heap.peek()) < 0) {
      heap.poll();
      heap.add(element);
    }
  }

  /** The retained elements in order, first first. */
  List<T> sorted() {
    List<T> result = new ArrayList<>(heap);
    result.sort(order);
    return List.copyOf(result);
  }
}
