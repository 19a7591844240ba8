package org.journeyworkbench.io.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.Formula;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1Term;

/**
 * The Cost/Benefit Summary in the slides' layout, ready to paste into a document, with the Level 1 terms
 * and the net system saving beneath. Every figure is a formula over the Calculations sheet.
 */
final class SummarySheet {
    static final int HEADER_ROW = 3;

    void write(SheetWriter w, JourneyModel model, String scenario, SheetWriter calc, CalculationsSheet c,
               AssumptionsSheet names) {
        w.text(0, 0, model.name(), w.styles.title);
        w.text(1, 0, "Cost/Benefit Summary · " + scenario + " · annual figures; brackets are costs", w.styles.note);
        String[] head = {"Agency", "Annual saving", "Annual cost", "Annual impact", "Set up costs", "Year 1 impact"};
        for (int k = 0; k < head.length; k++) {
            w.text(HEADER_ROW, k, head[k], w.styles.header);
        }
        String amounts = calc.range(CalculationsSheet.AMOUNT, c.firstRow(), c.lastRow());
        String parts = calc.range(CalculationsSheet.PART, c.firstRow(), c.lastRow());
        String agencies = calc.range(CalculationsSheet.AGENCY_ID, c.firstRow(), c.lastRow());
        int r = HEADER_ROW + 1;
        List<Agency> list = model.agencies();
        for (Agency a : list) {
            String id = quote(a.id());
            w.text(r, 0, a.name(), null);
            w.formula(r, 1, sum(amounts, parts, CalculationsSheet.AVOIDED, agencies, id) + "+"
                    + sum(amounts, parts, CalculationsSheet.REOFFENDING, agencies, id), w.styles.money);
            w.formula(r, 2, "-(" + sum(amounts, parts, CalculationsSheet.ALTERNATIVE, agencies, id) + "+"
                    + sum(amounts, parts, CalculationsSheet.RUNNING, agencies, id) + ")", w.styles.money);
            w.formula(r, 3, SheetWriter.local(r, 1) + "+" + SheetWriter.local(r, 2), w.styles.money);
            w.formula(r, 4, "-" + sum(amounts, parts, CalculationsSheet.SET_UP, agencies, id), w.styles.money);
            w.formula(r, 5, SheetWriter.local(r, 3) + "+" + SheetWriter.local(r, 4), w.styles.money);
            r++;
        }
        int first = HEADER_ROW + 1;
        int last = r - 1;
        w.text(r, 0, "Total", w.styles.totalLabel);
        for (int k = 1; k <= 5; k++) {
            w.formula(r, k, list.isEmpty() ? "0" : "SUM(" + SheetWriter.local(first, k) + ":"
                    + SheetWriter.local(last, k) + ")", w.styles.moneyBold);
        }
        r += 3;
        w.text(r++, 0, "Level 1: " + model.level1().formula() + " = net system saving", w.styles.subtitle);
        Map<String, String> termCells = new HashMap<>();
        for (Level1Term t : model.level1().terms()) {
            w.text(r, 0, t.name(), null);
            w.text(r, 1, t.label(), null);
            w.formula(r, 5, termFormula(t, amounts, parts, names), w.styles.money);
            termCells.put(t.name(), SheetWriter.local(r, 5));
            r++;
        }
        w.text(r, 0, "Net system saving", w.styles.totalLabel);
        w.formula(r, 5, Formula.parse(model.level1().formula()).toSpreadsheet(termCells::get), w.styles.moneyBold);
        w.sheet.createFreezePane(0, HEADER_ROW + 1);
        w.sheet.setColumnWidth(0, 22 * 256);
        for (int k = 1; k <= 5; k++) {
            w.sheet.setColumnWidth(k, 17 * 256);
        }
    }

    private static String termFormula(Level1Term t, String amounts, String parts, AssumptionsSheet names) {
        return switch (t.measure()) {
            case AVOIDED_JOURNEY_COSTS -> part(amounts, parts, CalculationsSheet.AVOIDED);
            case REDUCED_REOFFENDING -> part(amounts, parts, CalculationsSheet.REOFFENDING);
            case RUNNING_COSTS -> part(amounts, parts, CalculationsSheet.ALTERNATIVE) + "+"
                    + part(amounts, parts, CalculationsSheet.RUNNING);
            case SET_UP_COSTS -> part(amounts, parts, CalculationsSheet.SET_UP);
            case CONSTANT -> names.name("level1.terms." + t.name() + ".value");
        };
    }

    private static String sum(String amounts, String parts, String part, String agencies, String agency) {
        return "SUMIFS(" + amounts + "," + parts + ",\"" + part + "\"," + agencies + "," + agency + ")";
    }

    private static String part(String amounts, String parts, String part) {
        return "SUMIFS(" + amounts + "," + parts + ",\"" + part + "\")";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
