package org.journeyworkbench.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Finds an item by id in constant time on a long list. A model's lists never change, so the index of the list
 * last searched is kept (one per kind of item): looking up every stage of a 10,000-stage model by id, as the
 * inputs, checks and window do, was 10,000 × 10,000 comparisons. Short lists are searched as before.
 */
final class IdIndex<T> {
    private static final int SHORT = 32;

    private record Built<T>(List<T> list, Map<String, T> byId) {
    }

    private final Function<T, String> idOf;
    private final AtomicReference<Built<T>> last = new AtomicReference<>();

    IdIndex(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    /** The first item in {@code list} with this id, as a search from the start would find. */
    Optional<T> find(List<T> list, String id) {
        if (list.size() < SHORT) {
            for (T t : list) {
                if (idOf.apply(t).equals(id)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
        Built<T> built = last.get();
        if (built == null || built.list() != list) {
            Map<String, T> byId = new HashMap<>(list.size() * 2);
            for (T t : list) {
                byId.putIfAbsent(idOf.apply(t), t);
            }
            built = new Built<>(list, byId);
            last.set(built);
        }
        return Optional.ofNullable(built.byId().get(id));
    }
}
