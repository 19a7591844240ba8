package org.journeyworkbench.ui.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;

/**
 * What a structural edit did, in the status line's words, with its effect on the headline: "Deleted Caution:
 * net saving £166,604 → £154,989. Ctrl+Z to undo". A structural edit adds or deletes a stage, an arrow, a
 * target group or an initiative; a changed number is not one (the figures move under the user's eyes then).
 * Worked out from the models before and after, so every view's edits are described the same way.
 */
public final class HeadlineChange {
    private HeadlineChange() {
    }

    /** What was added or deleted between two models ("Deleted Caution"), or empty when nothing was. */
    public static Optional<String> structural(JourneyModel before, JourneyModel after) {
        return firstOf(
                change("stage", before.stages(), after.stages(), Stage::id, Stage::name),
                change("target group", before.targetGroups(), after.targetGroups(), g -> g.id(), g -> g.name()),
                change("initiative", before.initiatives(), after.initiatives(), i -> i.id(), i -> i.name()),
                arrows(before, after));
    }

    /**
     * "Deleted Caution: net saving £166,604 → £154,989. Ctrl+Z to undo."; "…: net saving unchanged at £166,604."
     * when the figure held.
     *
     * @param then what to say after the figures ("Ctrl+Z to undo."), or empty
     */
    public static String message(String what, double netBefore, double netAfter, String then) {
        String undo = then == null || then.isEmpty() ? "" : " " + then;
        String was = Money.format(netBefore);
        String now = Money.format(netAfter);
        if (was.equals(now)) {
            return what + ": net saving unchanged at " + now + "." + undo;
        }
        return what + ": net saving " + was + " → " + now + "." + undo;
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... changes) {
        for (Optional<String> c : changes) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<String> change(String kind, List<T> before, List<T> after, Function<T, String> id,
                                               Function<T, String> name) {
        Set<String> was = before.stream().map(id).collect(Collectors.toSet());
        Set<String> now = after.stream().map(id).collect(Collectors.toSet());
        for (T t : before) {
            if (!now.contains(id.apply(t))) {
                return Optional.of("Deleted " + shown(name.apply(t), kind));
            }
        }
        for (T t : after) {
            if (!was.contains(id.apply(t))) {
                return Optional.of("Added " + kind + " " + shown(name.apply(t), kind));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> arrows(JourneyModel before, JourneyModel after) {
        Set<String> was = before.transitions().stream().map(Transition::id).collect(Collectors.toSet());
        Set<String> now = after.transitions().stream().map(Transition::id).collect(Collectors.toSet());
        for (Transition t : before.transitions()) {
            if (!now.contains(t.id())) {
                return Optional.of("Deleted arrow " + route(before, t));
            }
        }
        for (Transition t : after.transitions()) {
            if (!was.contains(t.id())) {
                return Optional.of("Added arrow " + route(after, t));
            }
        }
        return Optional.empty();
    }

    private static String route(JourneyModel m, Transition t) {
        return stageName(m, t.from()) + " → " + stageName(m, t.to());
    }

    private static String stageName(JourneyModel m, String id) {
        return m.stages().stream().filter(s -> s.id().equals(id)).map(Stage::name).findFirst().orElse(id);
    }

    private static String shown(String name, String kind) {
        return name == null || name.isBlank() ? "a " + kind : name;
    }
}
