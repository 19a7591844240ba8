package org.journeyworkbench.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionLogTest {
    private static final LocalTime T = LocalTime.of(10, 30);

    @Test
    void theEffectSaysBothFiguresOrThatNothingMoved() {
        assertEquals("Net saving £166,604 → £154,989 · NPV £1,852,931 → (£5)",
                new SessionLog.Effect(166604, 1852931, 154989, -5).text());
        assertEquals("No change to the figures", new SessionLog.Effect(1, 2, 1.2, 2.3).text());
    }

    @Test
    void changesWithTheSameKeyCloseTogetherMergeFromTheFirstToTheLast() {
        SessionLog log = new SessionLog();
        assertTrue(log.record(T, "Take-up", "200", "190", new SessionLog.Effect(100, 1000, 90, 900), "a"));
        assertFalse(log.record(T.plusSeconds(5), "Take-up", "190", "180", new SessionLog.Effect(90, 900, 80, 800), "a"));
        assertEquals(1, log.size());
        WorkshopLogEntry e = log.entries().get(0);
        assertEquals(T, e.time());
        assertEquals("200", e.from());
        assertEquals("180", e.to());
        assertEquals("Net saving £100 → £80 · NPV £1,000 → £800", e.effect());
        assertEquals(80, e.netSavingAfter());
        assertEquals(800, e.npvAfter());
    }

    @ParameterizedTest
    @CsvSource({"a, 6, 2", "b, 1, 2", ", 1, 2"})
    void otherKeysLaterChangesAndUnkeyedChangesAreNewLines(String key, int seconds, int lines) {
        SessionLog log = new SessionLog();
        log.record(T, "x", "1", "2", new SessionLog.Effect(0, 0, 0, 0), "a");
        log.record(T.plusSeconds(seconds), "x", "2", "3", new SessionLog.Effect(0, 0, 0, 0), key);
        assertEquals(lines, log.size());
    }

    @Test
    void csvQuotesAndDefusesTextFields() {
        List<WorkshopLogEntry> log = List.of(new WorkshopLogEntry(T, "=HYPERLINK(\"x\")", "a, b", "line\nbreak",
                "Net saving £1 → £2", 2, -3.5));
        String csv = SessionLogCsv.of(log);
        assertEquals(SessionLogCsv.HEADER + "\n"
                + "10:30:00,\"'=HYPERLINK(\"\"x\"\")\",\"a, b\",\"line\nbreak\",Net saving £1 → £2,2.00,-3.50\n", csv);
    }

    @Test
    void aLeverMovesByWholeStepsWithinItsRange() {
        Lever rate = new Lever("a.b", "Rate", org.journeyworkbench.engine.inputs.InputKind.RATE, 0.45, 0, 1, 0.01);
        assertEquals(0.46, rate.moved(1));
        assertEquals(0.35, rate.moved(-10));
        assertEquals(1.0, rate.moved(100));
        assertEquals(0.0, rate.moved(-100));
        assertEquals("45%", rate.valueText());
        assertEquals(5, Lever.tidy(4));
        assertEquals(100, Lever.tidy(100));
        assertEquals(1, Lever.tidy(0.3));
    }
}
