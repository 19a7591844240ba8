package org.journeyworkbench.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a facilitator set up for a workshop: the inputs pinned as levers, by address, in the order they were
 * pinned. Saved in the model file ({@code workshop.levers}); a model without it has no levers.
 */
public record Workshop(List<String> levers) {
    /** More would not fit on a projector: a workshop's levers are few and large. */
    public static final int MAX_LEVERS = 12;

    public Workshop {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String address : Collections2.copy(levers)) {
            kept.add(Checks.text("workshop.levers", address));
        }
        if (kept.size() > MAX_LEVERS) {
            throw new ModelException("workshop.levers", "at most " + MAX_LEVERS + " inputs can be pinned as levers ("
                    + kept.size() + " are)");
        }
        levers = List.copyOf(kept);
    }

    public static Workshop none() {
        return new Workshop(List.of());
    }

    public boolean isPinned(String address) {
        return levers.contains(address);
    }

    /** The levers with {@code address} added last (unchanged when it is already pinned). */
    public Workshop pin(String address) {
        List<String> next = new ArrayList<>(levers);
        if (!next.contains(address)) {
            next.add(address);
        }
        return new Workshop(next);
    }

    public Workshop unpin(String address) {
        List<String> next = new ArrayList<>(levers);
        next.remove(address);
        return new Workshop(next);
    }
}
