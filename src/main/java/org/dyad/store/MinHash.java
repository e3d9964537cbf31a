package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * MinHash signatures over word 5-shingles, with locality-sensitive banding, to find articles that
 * are near-duplicates (re-publications with a changed headline or a trimmed paragraph).
 */
public final class MinHash {

  public static final int HASHES = 128;
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 5;

  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(20250627L);
    for (int i = 0; i < HASHES; i++) {
      A[i] = r.nextLong() | 1L;
      B[i] = r.nextLong();
    }
  }

  private MinHash() {}

  /** The signature of a text. */
  public static long[] signature(String text) {
    Set<Long> shingles = shingles(text);
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(A[i] * s + B[i]);
        if (Long.compareUnsigned(h, sig[i]) < 0) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** One hash per band, for candidate lookup. */
  public static long[] bands(long[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 1125899906842597L;
      for (int r = 0; r < ROWS; r++) {
        h = 31 * h + sig[b * ROWS + r];
      }
      out[b] = mix(h);
    }
    return out;
  }

  public static String encode(long[] sig) {
    StringBuilder s = new StringBuilder(sig.length * 17);
    for (long v : sig) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(Long.toHexString(v));
    }
    return s.toString();
  }

  public static long[] decode(String s) {
    String[] parts = s.split(",");
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Long.parseUnsignedLong(parts[i], 16);
    }
    return out;
  }

  static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> out = new HashSet<>();
    int n = 0;
    String[] w = new String[words.length];
    for (String x : words) {
      if (!x.isEmpty()) {
        w[n++] = x;
      }
    }
    if (n < SHINGLE) {
      out.add(hash(String.join(" ", java.util.Arrays.copyOf(w, n))));
      return out;
    }
    for (int i = 0; i + SHINGLE <= n; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < SHINGLE; j++) {
        b.append(w[i + j]).append(' ');
      }
      out.add(hash(b.toString()));
    }
    return out;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
