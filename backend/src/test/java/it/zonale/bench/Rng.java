package it.zonale.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Deterministic randomness and ids for the region generator (JDK only): a SplitMix64 stream per
 * concern, derived from the seed and the stream's name, so that the same seed always yields the
 * same data and a change in one concern does not shift the numbers of the others. Ids are version-4
 * shaped UUIDs derived from seed + entity kind + counter.
 */
final class Rng {
  private long state;

  Rng(long seed, String stream) {
    state = mix(seed * 0x9e3779b97f4a7c15L ^ hash(stream));
  }

  /** The id of the {@code counter}-th entity of this kind for this seed. */
  static UUID id(long seed, String kind, long counter) {
    long base = mix(mix(seed) ^ hash(kind));
    long hi = mix(base + counter * 0x9e3779b97f4a7c15L);
    long lo = mix(hi ^ (base + 0x632be59bd9b4e019L + counter));
    hi = (hi & ~0xF000L) | 0x4000L; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(hi, lo);
  }

  long nextLong() {
    state += 0x9e3779b97f4a7c15L;
    return mix(state);
  }

  /** 0 (inclusive) to bound (exclusive). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** lo to hi, both inclusive. */
  int between(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }

  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }

  /** An index drawn with the given (non-negative) weights. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * {@code n} distinct numbers of 0..{@code size}-1 (Floyd's algorithm: O(n), no copy of the
   * population), in the order drawn.
   */
  int[] sample(int size, int n) {
    if (n > size) {
      throw new IllegalArgumentException(n + " of " + size);
    }
    int[] out = new int[n];
    java.util.HashSet<Integer> seen = new java.util.HashSet<>(n * 2);
    int k = 0;
    for (int j = size - n; j < size; j++) {
      int t = nextInt(j + 1);
      int chosen = seen.contains(t) ? j : t;
      seen.add(chosen);
      out[k++] = chosen;
    }
    return out;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a, 64 bits. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
