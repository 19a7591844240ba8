package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;
import javafx.stage.Stage;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.RecentFiles;
import org.journeyworkbench.ui.options.OptionsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What one slider step costs, measured ad hoc, never asserted (docs/performance.md, "A slider step in the
 * window"). Not part of the suite (its name does not end in Test); run it on its own:
 * {@code mvn -o test -Dtest=SliderStepTiming -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each step moves the arrest unit cost in the base case, so every Barnet option is evaluated again.
 */
@ExtendWith(ApplicationExtension.class)
class SliderStepTiming {
    private static final int WARM_UP = 1_000;
    private static final int STEPS = 2_000;
    private static final String ARREST = "stages.arrest.unitCost";
    @TempDir
    static Path dir;
    private WorkbenchDocument windowDocument;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        windowDocument = new WorkbenchDocument(FileActions.barnet(), null);
        window = new MainWindow(stage, windowDocument, new ScriptedPrompts(), new RecentFiles(dir.resolve("r.txt")),
                () -> { }, (f, p, d) -> { });
        stage.show();
    }

    /** Nanoseconds of each of {@link #STEPS} steps after {@link #WARM_UP}: median, 90th percentile. */
    private static String time(String what, LongSupplier step) {
        for (int k = 0; k < WARM_UP; k++) {
            step.getAsLong();
        }
        long[] ns = new long[STEPS];
        for (int k = 0; k < STEPS; k++) {
            ns[k] = step.getAsLong();
        }
        Arrays.sort(ns);
        String line = String.format("%s: median %.3f ms, 90th percentile %.3f ms over %,d steps", what,
                ns[STEPS / 2] / 1e6, ns[STEPS * 9 / 10] / 1e6, STEPS);
        System.out.println("TIMING " + line);
        return line;
    }

    private static LongSupplier steps(WorkbenchDocument d) {
        int[] k = {0};
        return () -> {
            double v = 1930 + (k[0]++ % 200);
            long t = System.nanoTime();
            d.previewInput(ARREST, v);
            return System.nanoTime() - t;
        };
    }

    @Test
    void aSliderStep(FxRobot robot) {
        WorkbenchDocument alone = new WorkbenchDocument(FileActions.barnet(), null);
        time("document alone (compile + evaluate the scenario being edited)", steps(alone));

        WorkbenchDocument withOptions = new WorkbenchDocument(FileActions.barnet(), null);
        OptionsViewModel options = new OptionsViewModel(withOptions);
        String before = options.table().rows().get(2).npv();
        time("document + OptionsViewModel (every option evaluated again)", steps(withOptions));
        assertNotEquals(before, options.table().rows().get(2).npv(), "the third option moved with the base case");

        // The whole window with the Options tab shown: every view's listeners, not the frame's rendering.
        // One step at a time on the JavaFX thread, with the window's layout passes between steps.
        robot.interact(() -> window.showTab(1));
        LongSupplier one = steps(windowDocument);
        long[] last = new long[1];
        time("the window, Options tab shown", () -> {
            robot.interact(() -> last[0] = one.getAsLong());
            return last[0];
        });
        robot.interact(() -> window.showTab(0));
        time("the window, Results tab shown", () -> {
            robot.interact(() -> last[0] = one.getAsLong());
            return last[0];
        });
        robot.interact(() -> window.options().pin("Without Community Coaches"));
        time("the window, Results tab shown, another option pinned (its result drawn behind)", () -> {
            robot.interact(() -> last[0] = one.getAsLong());
            return last[0];
        });
    }

    /** The Options view-model's own share of a step: every option bound, evaluated, compared and laid out. */
    @Test
    void theOptionsOwnShare() {
        WorkbenchDocument d = new WorkbenchDocument(FileActions.barnet(), null);
        org.journeyworkbench.engine.calc.Calculation calc = d.calculation();
        time("Options(calc).compare() + OptionsTable.of, Barnet's three options", () -> {
            long t = System.nanoTime();
            var compared = new org.journeyworkbench.engine.calc.Options(calc).compare();
            org.journeyworkbench.ui.options.OptionsTable.of(compared, "Base case", "Base case",
                    d.model().appraisal());
            return System.nanoTime() - t;
        });
    }
}
