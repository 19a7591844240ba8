package org.journeyworkbench.io.xlsx;

import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.uncertainty.InputSwing;
import org.journeyworkbench.engine.uncertainty.SensitivityResult;
import org.journeyworkbench.model.Percent;

/**
 * The tornado from a run: every input swung over its range (P10–P90) or ± the swing, widest first, with the
 * result at each end and its switching value; a tornado chart of the widest; the settings and the command
 * that reproduce it. Values, not formulas: the swings are the engine's, labelled with when they were run.
 */
final class SensitivitySheet {
    static final String NAME = "Sensitivity";
    /** Rows 0–9: title, warning, settings; the chart below them; the table after it. */
    static final int CHART_TOP = 11;
    static final int CHART_ROWS = 24;
    /** At most this many bars: past it the chart is unreadable, and the table has them all. */
    static final int CHART_BARS = 15;
    static final int HEADER_ROW = CHART_TOP + CHART_ROWS + 1;
    static final int FIRST_ROW = HEADER_ROW + 1;
    /** The input's label (with its group) and, in grey on the line below, its address. */
    static final int INPUT = 0;
    static final int VALUE = 1;
    static final int LOW = 2;
    static final int HIGH = 3;
    static final int FROM = 4;
    static final int AT_LOW = 5;
    static final int AT_HIGH = 6;
    static final int SWING = 7;
    static final int SWITCHING = 8;
    /** Beyond the printed table: the address alone (for scripts), and the chart's data. */
    static final int ADDRESS = 10;
    static final int CHANGE_AT_LOW = 11;
    static final int CHANGE_AT_HIGH = 12;
    static final int CHART_LABEL = 13;
    static final int LAST_PRINTED = SWITCHING;
    static final int CHART_LABEL_CHARS = 60;
    static final String NONE = "none within the input's valid range";

    void write(SheetWriter w, SensitivityResult run, Instant ranAt, List<String> modelArguments) {
        int[] widths = {36, 11, 11, 11, 7, 13, 13, 12, 15, 2, 44, 14, 14, CHART_LABEL_CHARS};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
        String metric = run.metricLabel();
        String swing = Percent.format(run.swing());
        RunFacts.of()
                .add("Result", metric + " (" + run.metric().key() + ")")
                .add("Scenario", run.scenario())
                .addMoney("In the scenario", run.base())
                .add("How far each input moves", "From the P10 to the P90 of its range where it has one (P10–P90); ±"
                        + swing + " of its value where it has none, kept within the values it can take")
                .add("Inputs swung", run.inputs().size() + ", one at a time, the others held at the scenario's "
                        + "values (on/off switches and the appraisal period are compared as scenarios instead)")
                .add("To reproduce", RunFacts.command("sensitivity", modelArguments, run.scenario(),
                        List.of("--metric", run.metric().key(), "--swing", swing)))
                .write(w, "Sensitivity · " + run.scenario() + ": which inputs move the " + metric + " most", ranAt,
                        VALUE, LAST_PRINTED);

        w.sheet.setRowBreak(HEADER_ROW - 2); // the table starts a page, its heading with its first rows
        String about = "Every input, the widest swing first. A switching value is the input's value at which the "
                + metric + " is zero: exact where the result is a straight line in the input, found numerically "
                + "otherwise.";
        w.text(HEADER_ROW - 1, 0, about, w.styles.wrappedNote);
        w.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, 0,
                LAST_PRINTED));
        SheetWriter.fitHeight(w, HEADER_ROW - 1, about, 140);
        String[] headings = {"Input", "In the scenario", "Low", "High", "Range", metric + " at low",
                metric + " at high", "Swing", "Switching value"};
        for (int c = 0; c < headings.length; c++) {
            String h = SheetWriter.shortened(headings[c], 60);
            w.text(HEADER_ROW, c, h, w.styles.header);
            SheetWriter.fitHeight(w, HEADER_ROW, h, widths[c] - 1);
        }
        w.text(HEADER_ROW, ADDRESS, "Address", w.styles.header);
        w.text(HEADER_ROW, CHANGE_AT_LOW, "Change at low (chart)", w.styles.header);
        w.text(HEADER_ROW, CHANGE_AT_HIGH, "Change at high (chart)", w.styles.header);
        w.text(HEADER_ROW, CHART_LABEL, "Chart label", w.styles.header);
        int r = FIRST_ROW;
        for (InputSwing s : run.inputs()) {
            String input = SheetWriter.shortened((s.group().isBlank() ? "" : s.group() + " — ") + s.label(), 1000);
            w.textWithNote(r, INPUT, input, s.address(), w.styles.wrappedLow);
            fitLines(w, r, input, s.address(), widths[INPUT]);
            w.text(r, ADDRESS, s.address(), w.styles.note);
            CellStyle style = style(w, s.kind());
            w.number(r, VALUE, s.value(), style);
            w.number(r, LOW, s.low(), style);
            w.number(r, HIGH, s.high(), style);
            w.text(r, FROM, s.fromRange() ? "P10–P90" : "±" + swing, w.styles.category);
            w.number(r, AT_LOW, s.metricAtLow(), w.styles.money);
            w.number(r, AT_HIGH, s.metricAtHigh(), w.styles.money);
            w.number(r, SWING, s.width(), w.styles.money);
            if (s.switchingValue() == null) {
                w.text(r, SWITCHING, NONE, w.styles.figureNote);
                SheetWriter.fitHeight(w, r, NONE, widths[SWITCHING]);
            } else {
                w.number(r, SWITCHING, s.switchingValue(), style);
            }
            w.number(r, CHANGE_AT_LOW, s.metricAtLow() - run.base(), w.styles.money);
            w.number(r, CHANGE_AT_HIGH, s.metricAtHigh() - run.base(), w.styles.money);
            w.text(r, CHART_LABEL, SheetWriter.shortened(s.label() + (s.group().isBlank() ? "" : " · " + s.group()),
                    CHART_LABEL_CHARS), null);
            r++;
        }
        if (run.inputs().isEmpty()) {
            w.text(FIRST_ROW, INPUT, "The model has no inputs to swing.", w.styles.note);
        } else {
            int bars = Math.min(CHART_BARS, run.inputs().size());
            Charts.tornado((org.apache.poi.xssf.usermodel.XSSFSheet) w.sheet, "Change in the " + metric + " from "
                            + money(run.base()) + (run.inputs().size() > bars ? ": the " + bars + " widest" : ""),
                    FIRST_ROW, FIRST_ROW + bars - 1, CHART_LABEL, CHANGE_AT_LOW, CHANGE_AT_HIGH,
                    new String[] {"Input at low", "Input at high"}, CHART_TOP, CHART_ROWS, LAST_PRINTED + 1);
        }
    }

    /** A row tall enough for a label and, below it, an address (both may wrap). */
    private static void fitLines(SheetWriter w, int r, String label, String address, int widthChars) {
        int lines = lines(label, widthChars) + lines(address, widthChars);
        float h = Math.min(409, lines * 14.5f);
        if (w.row(r).getHeightInPoints() < h) {
            w.row(r).setHeightInPoints(h);
        }
    }

    private static int lines(String text, int widthChars) {
        return Math.max(1, (int) Math.ceil(text.length() / (widthChars * 1.15)));
    }

    /** The style for an input's own values: pounds and pence, a percentage, or a number of cases. */
    static CellStyle style(SheetWriter w, InputKind kind) {
        return switch (kind) {
            case MONEY -> w.styles.unitMoney;
            case RATE, MULTIPLIER -> w.styles.rate;
            case COUNT -> w.styles.cases;
            case SWITCH, YEARS -> w.styles.whole;
        };
    }

    private static String money(double pounds) {
        return org.journeyworkbench.model.Money.format(pounds);
    }
}
