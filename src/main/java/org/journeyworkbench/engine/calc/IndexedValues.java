package org.journeyworkbench.engine.calc;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map from stage (or arrow) id to a figure that is a view over the engine's arrays rather
 * than a copy: building a LinkedHashMap for every stage of every target group was most of the cost of a
 * recompute on a large journey. Iterates in the model's order. The arrays are never written after wrapping.
 */
public final class IndexedValues extends AbstractMap<String, Double> {
    private final String[] keys;
    private final Map<String, Integer> index;
    private final double[] values;

    public IndexedValues(String[] keys, Map<String, Integer> index, double[] values) {
        this.keys = keys;
        this.index = index;
        this.values = values;
    }

    @Override
    public Double get(Object key) {
        Integer i = index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public int size() {
        return keys.length;
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
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
