package org.journeyworkbench.io.xlsx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.engine.calc.Line;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.model.Provenance;

/**
 * Every input of the calculation, one a row, with one column per option: the base case, then each
 * scenario. A scenario's column holds its own value where it sets the input and a formula pointing at the
 * base case where it does not, so changing a base-case input moves every option that leaves it alone. An
 * input that follows another until set (a group's rate that is the journey's, a profile year past the listed
 * ones, an initiative's optimism bias that is the model's) is a formula pointing at the one it follows.
 * The exported option's cells carry defined names derived from their addresses ({@code stages.arrest.unitCost}
 * -> {@code in_stages.arrest.unitCost}), which the Calculations, Summary and Appraisal formulas use.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final int FIRST_OPTION_COLUMN = 3;

    private String[] names;
    private int options;
    private final Set<String> taken = new HashSet<>();

    /**
     * Writes the sheet.
     *
     * @param values   each option's bound inputs, in the order of {@code scenarios} (the base case first)
     * @param exported which option the named cells belong to
     */
    void write(Workbook wb, SheetWriter w, Calculation calc, List<Scenario> scenarios, List<double[]> values,
               int exported) {
        options = scenarios.size();
        w.text(0, 0, "Assumptions", w.styles.title);
        w.text(1, 0, "Every input that drives the workbook, for the base case and each scenario. A scenario's own "
                + "values are typed in; where it follows the base case the cell is a formula, so changing a base-case "
                + "value moves every option that does not set it. Rates and shares are percentages; profile entries "
                + "multiply year 0's take-up or costs (100% = as in year 0).", w.styles.note);
        int after = FIRST_OPTION_COLUMN + options;
        String[] head = {"Heading", "Input", "Unit"};
        for (int c = 0; c < head.length; c++) {
            w.text(HEADER_ROW, c, head[c], w.styles.header);
        }
        for (int k = 0; k < options; k++) {
            w.text(HEADER_ROW, FIRST_OPTION_COLUMN + k, scenarios.get(k).name() + (k == exported
                    ? " (this workbook's scenario)" : ""), w.styles.header);
            SheetWriter.fitHeight(w, HEADER_ROW, scenarios.get(k).name() + " (this workbook's scenario)", 15);
        }
        String base = calc.model().appraisal().priceBase();
        String[] tail = {"Source", "Price year", "Factor to price base", "In " + (base.isBlank() ? "the price base"
                : base + " prices") + " (this workbook's scenario)", "Name (used in formulas)", "Address"};
        for (int c = 0; c < tail.length; c++) {
            w.text(HEADER_ROW, after + c, tail[c], w.styles.header);
        }
        InputSlots slots = calc.slots();
        names = new String[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            names[s] = nameFor(slots.input(s).address());
        }
        for (int s = 0; s < slots.size(); s++) {
            int r = FIRST_ROW + s;
            Input input = slots.input(s);
            CellStyle style = switch (input.kind()) {
                case MONEY -> w.styles.unitMoney;
                case RATE, MULTIPLIER -> w.styles.rate;
                case COUNT -> w.styles.count;
                case SWITCH, YEARS -> w.styles.whole;
            };
            CellStyle typed = switch (input.kind()) {
                case MONEY -> w.styles.inputMoney;
                case RATE, MULTIPLIER -> w.styles.inputRate;
                case COUNT -> w.styles.inputCount;
                case SWITCH, YEARS -> w.styles.inputWhole;
            };
            w.text(r, 0, input.group(), w.styles.wrapped);
            w.text(r, 1, input.label(), w.styles.wrapped);
            SheetWriter.fitHeight(w, r, input.group(), 26);
            SheetWriter.fitHeight(w, r, input.label(), 42);
            w.text(r, 2, switch (input.kind()) {
                case MONEY -> "£";
                case RATE, MULTIPLIER -> "%";
                case COUNT -> "number";
                case SWITCH -> "1 yes, 0 no";
                case YEARS -> "years";
            }, null);
            int parent = slots.follows(s);
            for (int k = 0; k < options; k++) {
                Scenario option = scenarios.get(k);
                double v = values.get(k)[s];
                boolean own = k == 0 ? parent < 0 || v != values.get(k)[parent] : setBy(option, input);
                int c = FIRST_OPTION_COLUMN + k;
                if (own) {
                    w.number(r, c, v, typed);
                } else if (parent >= 0 && v == values.get(k)[parent]) {
                    w.formula(r, c, local(FIRST_ROW + parent, c), v, style);
                } else {
                    w.formula(r, c, local(r, FIRST_OPTION_COLUMN), v, style);
                }
            }
            Name n = wb.createName();
            n.setNameName(names[s]);
            n.setRefersToFormula(w.ref(r, FIRST_OPTION_COLUMN + exported));
            source(w, r, after, calc, input, parent >= 0 ? slots.input(parent) : null);
            w.text(r, after + 4, names[s], w.styles.note);
            w.text(r, after + 5, input.address(), w.styles.note);
        }
        new InputValidation(w.sheet).add(slots, FIRST_ROW, FIRST_OPTION_COLUMN, FIRST_OPTION_COLUMN + options - 1);
        w.sheet.createFreezePane(FIRST_OPTION_COLUMN, FIRST_ROW);
        w.sheet.setColumnWidth(0, 26 * 256);
        w.sheet.setColumnWidth(1, 42 * 256);
        w.sheet.setColumnWidth(2, 9 * 256);
        for (int k = 0; k < options; k++) {
            w.sheet.setColumnWidth(FIRST_OPTION_COLUMN + k, 15 * 256);
        }
        int[] widths = {40, 10, 12, 16, 44, 50};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(after + c, widths[c] * 256);
        }
    }

    /** Whether a scenario sets this input itself (an override, or an initiative switched on or off). */
    private static boolean setBy(Scenario option, Input input) {
        if (option.overrides().containsKey(input.address())) {
            return true;
        }
        return input.at().target() == InputAddress.Target.ENABLED && option.initiatives().containsKey(input.at().id());
    }

    /** Where the input comes from, as the model says (its base case), so the appendix cites every figure. */
    private static void source(SheetWriter w, int r, int column, Calculation calc, Input input, Input followed) {
        Provenance p = InputAddress.parseOrNull(input.address()) == null ? Provenance.NONE
                : Inputs.source(calc.model(), input.at());
        if (!p.source().isEmpty()) {
            w.text(r, column, p.source(), w.styles.wrapped);
            SheetWriter.fitHeight(w, r, p.source(), 40);
        } else if (followed != null) {
            w.text(r, column, "Follows \"" + followed.label() + "\" unless set", w.styles.wrappedNote);
        }
        if (p.hasPriceYear()) {
            w.text(r, column + 1, p.year().label(), null);
        }
    }

    /**
     * Puts each cost restated in the price base beside its input: the factor over the Deflator sheet's table,
     * then the value in the price base, which the Calculations sheet's unit costs refer to.
     */
    void placePrices(Calculation calc, Places places) {
        int after = FIRST_OPTION_COLUMN + options;
        for (Line line : calc.program().lines()) {
            if (line.block() == Line.Block.PRICES) {
                int r = FIRST_ROW + calc.slots().find(line.part());
                places.put(line.cell(0), NAME, r, after + 2);
                places.put(line.cell(1), NAME, r, after + 3);
            }
        }
    }

    void writePrices(SheetWriter w, Calculation calc, CalculationCells cells) {
        int after = FIRST_OPTION_COLUMN + options;
        for (Line line : calc.program().lines()) {
            if (line.block() == Line.Block.PRICES) {
                int r = FIRST_ROW + calc.slots().find(line.part());
                cells.write(w, r, after + 2, line.cell(0), w.styles.factor);
                cells.write(w, r, after + 3, line.cell(1), w.styles.unitMoney);
            }
        }
    }

    private static String local(int r, int c) {
        return new CellReference(r, c, false, false).formatAsString(false);
    }

    /** A valid, unique Excel name for an address: letters, digits, '_' and '.' only, never like a cell. */
    private String nameFor(String address) {
        String base = "in_" + address.replaceAll("[^A-Za-z0-9_.]", "_");
        if (base.length() > 240) {
            base = base.substring(0, 240);
        }
        String name = base;
        for (int k = 2; !taken.add(name.toLowerCase()); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    /** The defined name holding a slot's value in the exported option. */
    String name(int slot) {
        return names[slot];
    }

    /** An absolute reference to a slot's cell in one option's column, for that option's own calculation. */
    static String ref(int option, int slot) {
        return "'" + NAME + "'!" + new CellReference(FIRST_ROW + slot, FIRST_OPTION_COLUMN + option, true, true)
                .formatAsString(false);
    }
}
