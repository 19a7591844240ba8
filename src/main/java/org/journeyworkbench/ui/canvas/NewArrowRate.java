package org.journeyworkbench.ui.canvas;

import java.util.Optional;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.ui.files.Prompts;

/**
 * Asks the rate of a new arrow before it is drawn: a new arrow moves cases and so the headline, and a
 * silent 10% moved the net saving without anyone choosing it. A typed value that is not a percentage is
 * explained and asked again; Cancel makes no arrow.
 */
final class NewArrowRate {
    static final String TITLE = "New arrow";

    private NewArrowRate() {
    }

    /** The rate chosen, as a fraction; empty when the user cancels. */
    static Optional<Double> ask(Prompts prompts, JourneyModel m, String from, String to) {
        double used = m.transitions().stream().filter(t -> t.from().equals(from)).mapToDouble(Transition::rate).sum();
        double left = Math.max(0, 1 - used);
        String question = "What share of the cases reaching \"" + name(m, from) + "\" go on to \"" + name(m, to)
                + "\"? (a percentage; " + DiagramViewModel.suggestedRate(left) + "% are not yet on another arrow)";
        String typed = DiagramViewModel.suggestedRate(Math.min(0.1, left));
        while (true) {
            Optional<String> answer = prompts.text(TITLE, question, typed);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            typed = answer.get();
            StringBuilder problem = new StringBuilder();
            Optional<Double> rate = DiagramViewModel.parseRate(typed, problem);
            if (rate.isPresent() && rate.get() > left + 1e-9) {
                problem.append("The arrows out of \"").append(name(m, from)).append("\" would carry more than 100% of"
                        + " its cases: at most ").append(DiagramViewModel.suggestedRate(left)).append("% is left.");
                rate = Optional.empty();
            }
            if (rate.isPresent()) {
                return rate;
            }
            prompts.error("Rate of the new arrow", problem.toString());
        }
    }

    private static String name(JourneyModel m, String id) {
        return m.stage(id).map(Stage::name).orElse(id);
    }
}
