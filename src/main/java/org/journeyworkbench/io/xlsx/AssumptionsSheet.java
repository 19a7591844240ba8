package org.journeyworkbench.io.xlsx;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.journeyworkbench.engine.Input;
import org.journeyworkbench.engine.InputAddress;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;

/**
 * Every input of the calculation, in the scenario being exported, one a row, each value cell with a defined
 * name derived from its address ({@code stages.arrest.unitCost} -> {@code in_stages.arrest.unitCost}), so a
 * finance colleague sees what drives each formula and can change it. An input that follows another until
 * set (a group's rate that is the journey's, a profile year past the listed ones, an initiative's optimism
 * bias that is the model's) is a formula pointing at the one it follows.
 */
final class AssumptionsSheet {
    static final int FIRST_ROW = 4;
    private String[] names;
    private final Set<String> taken = new HashSet<>();

    /** Writes the sheet. */
    void write(Workbook wb, SheetWriter w, Calculation calc, double[] values, Scenario scenario) {
        w.text(0, 0, "Assumptions", w.styles.title);
        w.text(1, 0, "Every input that drives the workbook. Change a value here and the Calculations, Summary and "
                + "Appraisal sheets follow. Rates and shares are percentages; profile entries multiply year 0's "
                + "take-up or costs (100% = as in year 0).", w.styles.note);
        String[] head = {"Heading", "Input", "Value", "Unit", "Name (used in formulas)", "Source", "Price year",
                "Address"};
        for (int c = 0; c < head.length; c++) {
            w.text(3, c, head[c], w.styles.header);
        }
        InputSlots slots = calc.slots();
        names = new String[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            names[s] = nameFor(slots.input(s).address());
        }
        int r = FIRST_ROW;
        for (int s = 0; s < slots.size(); s++) {
            Input input = slots.input(s);
            CellStyle style = switch (input.kind()) {
                case MONEY -> w.styles.unitMoney;
                case RATE, MULTIPLIER -> w.styles.rate;
                case COUNT -> w.styles.count;
                case SWITCH, YEARS -> w.styles.whole;
            };
            w.text(r, 0, input.group(), null);
            w.text(r, 1, input.label(), null);
            int parent = slots.follows(s);
            boolean follows = parent >= 0 && !scenario.overrides().containsKey(input.address())
                    && values[parent] == values[s];
            if (follows) {
                w.formula(r, 2, names[parent], values[s], style);
            } else {
                w.number(r, 2, values[s], style);
            }
            w.text(r, 3, switch (input.kind()) {
                case MONEY -> "£";
                case RATE, MULTIPLIER -> "%";
                case COUNT -> "number";
                case SWITCH -> "1 yes, 0 no";
                case YEARS -> "years";
            }, null);
            Name n = wb.createName();
            n.setNameName(names[s]);
            n.setRefersToFormula(w.ref(r, 2));
            w.text(r, 4, names[s], null);
            source(w, r, calc, input, follows ? slots.input(parent) : null);
            w.text(r, 7, input.address(), w.styles.note);
            r++;
        }
        w.sheet.createFreezePane(0, FIRST_ROW);
        int[] widths = {34, 46, 14, 10, 40, 40, 10, 50};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void source(SheetWriter w, int r, Calculation calc, Input input, Input followed) {
        if (followed != null) {
            w.text(r, 5, "Follows " + followed.label() + " until set", w.styles.note);
            return;
        }
        if (input.at().target() == InputAddress.Target.STAGE_UNIT_COST) {
            Stage s = calc.model().stage(input.at().id()).orElseThrow();
            w.text(r, 5, s.source(), null);
            if (s.priceYear() != 0) {
                w.number(r, 6, s.priceYear(), null);
            }
        }
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

    /** The defined name holding a slot's value. */
    String name(int slot) {
        return names[slot];
    }
}
