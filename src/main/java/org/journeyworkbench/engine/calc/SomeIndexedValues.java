package org.journeyworkbench.engine.calc;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * As {@link IndexedValues}, for only some of the stages (or arrows): those a target group's or an
 * initiative's cases reach. A stage they never reach has no entry, so a result grows with what each group
 * reaches rather than with groups × stages. Iterates in journey order.
 */
final class SomeIndexedValues extends AbstractMap<String, Double> {
    private final String[] keys;
    private final Map<String, Integer> index;
    /** The indexes present, in iteration order, with their values. */
    private final int[] which;
    private final double[] values;
    /** Index << 32 | position, sorted, for looking one up. */
    private final long[] sorted;

    SomeIndexedValues(String[] keys, Map<String, Integer> index, int[] which, double[] values) {
        this.keys = keys;
        this.index = index;
        this.which = which;
        this.values = values;
        sorted = new long[which.length];
        for (int k = 0; k < which.length; k++) {
            sorted[k] = ((long) which[k] << 32) | k;
        }
        Arrays.sort(sorted);
    }

    private int position(Object key) {
        Integer i = index.get(key);
        if (i == null) {
            return -1;
        }
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = (int) (sorted[mid] >>> 32);
            if (at < i) {
                lo = mid + 1;
            } else if (at > i) {
                hi = mid - 1;
            } else {
                return (int) sorted[mid];
            }
        }
        return -1;
    }

    @Override
    public Double get(Object key) {
        int p = position(key);
        return p < 0 ? null : values[p];
    }

    @Override
    public boolean containsKey(Object key) {
        return position(key) >= 0;
    }

    @Override
    public int size() {
        return which.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < which.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= which.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(keys[which[k]], values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return which.length;
            }
        };
    }
}
