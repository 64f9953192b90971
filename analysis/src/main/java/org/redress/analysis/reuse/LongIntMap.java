package org.redress.analysis.reuse;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, cleared in time proportional to what was put since: the
 * matcher looks up every character position of every page, so boxing keys into a {@code HashMap} would dominate.
 * Key 0 is not allowed (it marks an empty slot).
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int[] used;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        used = new int[cap / 2];
        mask = cap - 1;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return -1;
        }
    }

    /** The value of {@code key}, putting {@code ifAbsent} first when it has none. */
    int getOrPut(long key, int ifAbsent) {
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) break;
        }
        keys[i] = key;
        values[i] = ifAbsent;
        used[size++] = i;
        if (size >= used.length) grow();
        return ifAbsent;
    }

    void put(long key, int value) {
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == 0) break;
        }
        keys[i] = key;
        values[i] = value;
        used[size++] = i;
        if (size >= used.length) grow();
    }

    int size() {
        return size;
    }

    /** The key put {@code n}-th (0-based) since the last clear. */
    long keyAt(int n) {
        return keys[used[n]];
    }

    int valueAt(int n) {
        return values[used[n]];
    }

    void clear() {
        for (int n = 0; n < size; n++) keys[used[n]] = 0;
        size = 0;
    }

    private void grow() {
        long[] oldKeys = Arrays.copyOf(keys, keys.length);
        int[] oldValues = Arrays.copyOf(values, values.length);
        int[] order = Arrays.copyOf(used, size);
        int cap = keys.length * 2;
        keys = new long[cap];
        values = new int[cap];
        used = new int[cap / 2];
        mask = cap - 1;
        size = 0;
        for (int slot : order) put(oldKeys[slot], oldValues[slot]);
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 41));
    }
}
