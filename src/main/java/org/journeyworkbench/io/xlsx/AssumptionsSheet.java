package org.journeyworkbench.io.xlsx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.journeyworkbench.engine.Input;
import org.journeyworkbench.engine.InputKind;
import org.journeyworkbench.engine.Inputs;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Stage;

/**
 * Every input, in the scenario being exported, one a row, each value cell with a defined name derived
 * from its address ({@code stages.arrest.unitCost} -> {@code in_stages.arrest.unitCost}), so a finance
 * colleague sees what drives each formula and can change it.
 */
final class AssumptionsSheet {
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** Writes the sheet; {@code model} already has the scenario applied. */
    void write(Workbook wb, SheetWriter w, JourneyModel model) {
        w.text(0, 0, "Assumptions", w.styles.title);
        w.text(1, 0, "Every input that drives the workbook. Change a value here and the Calculations and Summary "
                + "sheets follow. Rates are shares of cases (45% = 0.45).", w.styles.note);
        String[] head = {"Heading", "Input", "Value", "Unit", "Name (used in formulas)", "Source", "Price year",
                "Address"};
        for (int c = 0; c < head.length; c++) {
            w.text(3, c, head[c], w.styles.header);
        }
        int r = 4;
        for (Input input : Inputs.list(model)) {
            r = row(wb, w, r, input.address(), input.group(), input.label(), input.value(), input.kind(), model);
        }
        w.sheet.createFreezePane(0, 4);
        int[] widths = {34, 46, 14, 8, 40, 40, 10, 50};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private int row(Workbook wb, SheetWriter w, int r, String address, String heading, String label, double value,
                    InputKind kind, JourneyModel model) {
        CellStyle style = switch (kind) {
            case MONEY -> w.styles.unitMoney;
            case RATE, MULTIPLIER -> w.styles.rate;
            case COUNT, SWITCH, YEARS -> w.styles.count;
        };
        w.text(r, 0, heading, null);
        w.text(r, 1, label, null);
        w.number(r, 2, value, style);
        w.text(r, 3, kind == InputKind.MONEY ? "£" : kind == InputKind.RATE ? "%" : "number", null);
        String name = nameFor(address);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(w.ref(r, 2));
        names.put(address, name);
        w.text(r, 4, name, null);
        String[] p = address.split("\\.");
        if (p[0].equals("stages") && p[2].equals("unitCost")) {
            Stage s = model.stage(p[1]).orElseThrow();
            w.text(r, 5, s.source(), null);
            if (s.priceYear() != 0) {
                w.number(r, 6, s.priceYear(), null);
            }
        }
        w.text(r, 7, address, w.styles.note);
        return r + 1;
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

    /** The defined name holding an address's value. */
    String name(String address) {
        String n = names.get(address);
        if (n == null) {
            throw new IllegalStateException("no assumption cell for " + address);
        }
        return n;
    }

    boolean has(String address) {
        return names.containsKey(address);
    }
}
