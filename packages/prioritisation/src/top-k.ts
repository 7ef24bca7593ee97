/**
 * Indices of the k largest scores, best first; ties by `tieBreak(a, b) < 0` first (default: lower index).
 * A bounded binary heap: O(n log k), no full sort.
 * @example
 * topK([5, 9, 1, 9], 2); // [1, 3]: the two 9s, lower index first
 */
export function topK(
  scores: ArrayLike<number>,
  k: number,
  tieBreak: (a: number, b: number) => number = (a, b) => a - b,
): number[] {
  const n = scores.length;
  const size = Math.max(0, Math.min(k, n));
  if (size === 0) return [];
  // "worse(a, b)": a ranks below b. The heap root is the worst of the kept indices.
  const worse = (a: number, b: number) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sa < sb || (sa === sb && tieBreak(a, b) > 0);
  };
  const heap = new Int32Array(size);
  let len = 0;
  const siftUp = (i: number) => {
    const x = heap[i] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as number;
      if (!worse(x, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = x;
  };
  const siftDown = (i: number) => {
    const x = heap[i] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= len) break;
      const r = l + 1;
      const c = r < len && worse(heap[r] as number, heap[l] as number) ? r : l;
      if (!worse(heap[c] as number, x)) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = x;
  };
  for (let i = 0; i < n; i++) {
    if (len < size) {
      heap[len++] = i;
      siftUp(len - 1);
    } else if (worse(heap[0] as number, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  const out = Array.from(heap.subarray(0, len));
  return out.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
