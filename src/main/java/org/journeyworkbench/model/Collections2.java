package org.journeyworkbench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep the order a user wrote things in (Map.copyOf does not). */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new ModelException("", "an entry has no key or no value");
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
