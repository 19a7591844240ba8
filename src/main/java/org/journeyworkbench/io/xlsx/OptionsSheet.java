package org.journeyworkbench.io.xlsx;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import java.math.BigDecimal;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.InputSlots;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Scenario;

/**
 * Every option side by side: first-year net saving, NPV, BCR, payback, value for money and NPV by agency,
 * each with its difference from the base case, every figure a formula over that option's own calculation;
 * then what each scenario changes and why (its description).
 */
final class OptionsSheet {
    static final String NAME = "Options";
    static final int HEADER_ROW = 3;

    /**
     * @param cells each option's cells, placed: the exported option's on the main sheets, the others on
     *              their own option sheets
     */
    void write(SheetWriter w, Calculation calc, List<Scenario> options,
               List<double[]> values, List<CalculationCells> cells) {
        JourneyModel m = calc.model();
        w.text(0, 0, "Options side by side", w.styles.title);
        w.text(1, 0, "The base case and every scenario, each a live formula over its own column of the Assumptions "
                + "sheet. Change a base-case assumption and every option that does not set it follows."
                + (m.appraisal().priceBase().isBlank() ? "" : " Prices: " + m.appraisal().priceBase() + "."),
                w.styles.note);
        Calculation.HeadlineCells h = calc.headlineCells();
        String[] head = {"Option", "Year 1 net saving", "Change from base case", "NPV", "Change in NPV", "BCR",
                "Payback year", "Value for money"};
        for (int c = 0; c < head.length; c++) {
            w.text(HEADER_ROW, c, head[c], w.styles.header);
        }
        int agencies = m.agencies().size();
        for (int a = 0; a < agencies; a++) {
            w.text(HEADER_ROW, head.length + a, "NPV: " + m.agencies().get(a).name(), w.styles.header);
            w.text(HEADER_ROW, head.length + agencies + a, "Change: " + m.agencies().get(a).name(), w.styles.header);
        }
        int baseRow = HEADER_ROW + 1;
        for (int k = 0; k < options.size(); k++) {
            int r = HEADER_ROW + 1 + k;
            CalculationCells c = cells.get(k);
            w.text(r, 0, options.get(k).name(), k == 0 ? w.styles.totalLabel : null);
            c.writeReference(w, r, 1, h.year1NetSaving(), w.styles.money);
            difference(w, r, 2, 1, baseRow, c.value(h.year1NetSaving()) - cells.get(0).value(h.year1NetSaving()));
            c.writeReference(w, r, 3, h.npv(), w.styles.moneyBold);
            difference(w, r, 4, 3, baseRow, c.value(h.npv()) - cells.get(0).value(h.npv()));
            c.writeReference(w, r, 5, h.bcr(), w.styles.ratio);
            c.writeReference(w, r, 6, h.paybackYear(), w.styles.whole);
            c.writeReference(w, r, 7, h.valueForMoney(), w.styles.category);
            for (int a = 0; a < agencies; a++) {
                int col = head.length + a;
                c.writeReference(w, r, col, h.agencyNpv()[a], w.styles.money);
                difference(w, r, head.length + agencies + a, col, baseRow,
                        c.value(h.agencyNpv()[a]) - cells.get(0).value(h.agencyNpv()[a]));
            }
        }
        int r = HEADER_ROW + options.size() + 2;
        Charts.columns((org.apache.poi.xssf.usermodel.XSSFSheet) w.sheet, "Net present value by option",
                HEADER_ROW + 1, HEADER_ROW + options.size(), 0, new int[] {3}, new String[] {"NPV"}, r, 16, 1, 6, -1,
                Styles.MONEY_FORMAT);
        r += 17;
        w.text(r++, 0, "What each scenario is and changes", w.styles.subtitle);
        InputSlots slots = calc.slots();
        for (int k = 1; k < options.size(); k++) {
            Scenario s = options.get(k);
            w.text(r++, 0, s.name() + (s.description().isBlank() ? "" : ": " + s.description()), w.styles.subtitle);
            for (Map.Entry<String, Double> o : s.overrides().entrySet()) {
                int slot = slots.find(o.getKey());
                String label = slot < 0 ? o.getKey() : slots.input(slot).group() + ": " + slots.input(slot).label();
                w.text(r, 0, "  " + label, w.styles.wrapped);
                SheetWriter.fitHeight(w, r, label, 40);
                w.text(r, 1, "base case " + show(values.get(0), slot, slots), null);
                w.text(r, 3, "this scenario " + show(values.get(k), slot, slots), null);
                r++;
            }
            for (Map.Entry<String, Boolean> on : s.initiatives().entrySet()) {
                String name = m.initiative(on.getKey()).map(i -> i.name()).orElse(on.getKey());
                w.text(r++, 0, "  " + name + (on.getValue() ? ": included" : ": left out"), w.styles.wrapped);
            }
        }
        w.sheet.createFreezePane(1, HEADER_ROW + 1);
        w.sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < head.length + 2 * agencies; c++) {
            w.sheet.setColumnWidth(c, 17 * 256);
        }
    }

    private static String show(double[] values, int slot, InputSlots slots) {
        if (slot < 0) {
            return "";
        }
        double v = values[slot];
        return switch (slots.input(slot).kind()) {
            case MONEY -> Money.formatUnit(v);
            case RATE, MULTIPLIER -> Percent.format(v);
            default -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        };
    }



    private static void difference(SheetWriter w, int r, int c, int valueColumn, int baseRow, double cached) {
        String mine = new org.apache.poi.ss.util.CellReference(r, valueColumn, false, false).formatAsString(false);
        String base = new org.apache.poi.ss.util.CellReference(baseRow, valueColumn, true, true).formatAsString(false);
        w.formula(r, c, mine + "-" + base, cached, w.styles.money);
    }
}
