package org.journeyworkbench.engine.calc;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map from stage (or arrow) id to a figure that is a view over the engine's arrays rather
 * than a copy: building a LinkedHashMap for every stage of every target group was most of the cost of a
 * recompute on a large journey. Iterates in the model's order. The arrays are never written after wrapping.
 * It may hold only some of the stages ({@link #some}): those a target group's or an initiative's cases reach,
 * so that a result grows with what each group reaches rather than with groups × stages.
 */
public final class IndexedValues extends AbstractMap<String, Double> {
    private final String[] keys;
    private final Map<String, Integer> index;
    /** The indexes present, in iteration order, or null when every key is. */
    private final int[] which;
    private final double[] values;
    /** Index << 32 | position, sorted, for looking one up when only some are present. */
    private final long[] sorted;

    /** Every key, {@code values[i]} for {@code keys[i]}. */
    public IndexedValues(String[] keys, Map<String, Integer> index, double[] values) {
        this(keys, index, null, values);
    }

    private IndexedValues(String[] keys, Map<String, Integer> index, int[] which, double[] values) {
        this.keys = keys;
        this.index = index;
        this.which = which;
        this.values = values;
        if (which == null) {
            sorted = null;
        } else {
            sorted = new long[which.length];
            for (int k = 0; k < which.length; k++) {
                sorted[k] = ((long) which[k] << 32) | k;
            }
            Arrays.sort(sorted);
        }
    }

    /** Only the keys at {@code which}, {@code values[k]} for {@code keys[which[k]]}; a key left out has no entry. */
    static IndexedValues some(String[] keys, Map<String, Integer> index, int[] which, double[] values) {
        return new IndexedValues(keys, index, which, values);
    }

    private int position(Object key) {
        Integer i = index.get(key);
        if (i == null || which == null) {
            return i == null ? -1 : i;
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
        return which == null ? keys.length : which.length;
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
                        return next < IndexedValues.this.size();
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(keys[which == null ? k : which[k]], values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return IndexedValues.this.size();
            }
        };
    }
}
