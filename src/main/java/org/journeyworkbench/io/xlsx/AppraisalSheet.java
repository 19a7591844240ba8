package org.journeyworkbench.io.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Line;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Percent;

/**
 * The Green Book appraisal, years as columns: benefits and costs by agency and in total, the deadweight and
 * optimism bias lines, discount factors, present values and the cumulative, then NPV, BCR, payback and value
 * for money, NPV by agency, and each initiative's first-year parts the years are built from. All formulas
 * over Assumptions (period, discount rates, optimism bias, deadweight, every profile year) and Calculations.
 */
final class AppraisalSheet {
    static final String NAME = "Appraisal";
    /** A year column's width in characters. */
    private static final int YEAR_COLUMN_WIDTH = 17;
    static final int HEADER_ROW = 4;
    static final int FIRST_YEAR_COLUMN = 2;

    private final List<Line> yearLines = new ArrayList<>();
    private final List<Line> totals = new ArrayList<>();
    private final Map<Integer, List<Line>> byAgency = new LinkedHashMap<>();
    private final List<Line> perInitiative = new ArrayList<>();
    private int resultsRow;
    private int agencyRow;
    private int initiativeRow;

    void place(Calculation calc, Places places) {
        for (Line line : calc.program().lines()) {
            if (line.block() == Line.Block.YEARS) {
                yearLines.add(line);
            } else if (line.block() == Line.Block.RESULT) {
                if (line.agency() >= 0) {
                    byAgency.computeIfAbsent(line.agency(), k -> new ArrayList<>()).add(line);
                } else if (line.owner().equals("Total")) {
                    totals.add(line);
                } else {
                    perInitiative.add(line);
                }
            }
        }
        int r = HEADER_ROW + 1;
        for (Line line : yearLines) {
            for (int t = 0; t < line.cells().length; t++) {
                places.put(line.cell(t), NAME, r, FIRST_YEAR_COLUMN + t);
            }
            r++;
        }
        resultsRow = r + 1;
        r = resultsRow + 1;
        for (Line line : totals) {
            places.put(line.cell(0), NAME, r++, FIRST_YEAR_COLUMN);
        }
        agencyRow = r + 1;
        r = agencyRow + 2;
        for (List<Line> lines : byAgency.values()) {
            for (int k = 0; k < lines.size(); k++) {
                places.put(lines.get(k).cell(0), NAME, r, FIRST_YEAR_COLUMN + k);
            }
            r++;
        }
        initiativeRow = r + 1;
        r = initiativeRow + 1;
        String owner = null;
        for (Line line : perInitiative) {
            if (!line.owner().equals(owner)) {
                owner = line.owner();
                r++;
            }
            places.put(line.cell(0), NAME, r++, FIRST_YEAR_COLUMN);
        }
    }

    void write(SheetWriter w, Calculation calc, String scenario, CalculationCells cells) {
        Appraisal a = calc.model().appraisal();
        w.text(0, 0, "Appraisal · " + scenario, w.styles.title);
        w.text(1, 0, "Year 0 is the first year of operation (the Summary's Year 1 impact), undiscounted. DF0 = 1, "
                + "DFt = DFt-1 / (1 + the year's rate).", w.styles.note);
        w.text(2, 0, (a.priceBase().isBlank() ? "" : a.priceBase() + " prices. ") + "Discount rate " + bands(a)
                + ". Benefits net of deadweight and optimism bias; costs with optimism bias.", w.styles.note);
        w.text(HEADER_ROW, 0, "Line", w.styles.header);
        w.text(HEADER_ROW, 1, "Agency", w.styles.header);
        int horizon = calc.horizon();
        for (int t = 0; t < horizon; t++) {
            w.text(HEADER_ROW, FIRST_YEAR_COLUMN + t, "Year " + t + (a.firstYear().isBlank() ? ""
                    : " (" + FinancialYears.plus(a.firstYear(), t) + ")"), w.styles.header);
        }
        int r = HEADER_ROW + 1;
        for (Line line : yearLines) {
            boolean total = line.agency() < 0 && (line.owner().startsWith("Total ")
                    || line.owner().equals("Net benefit") || line.owner().equals("Cumulative present value"));
            w.text(r, 0, line.owner(), total ? w.styles.totalLabel : null);
            if (line.agency() >= 0) {
                w.text(r, 1, calc.model().agencies().get(line.agency()).name(), null);
            }
            for (int t = 0; t < line.cells().length; t++) {
                cells.write(w, r, FIRST_YEAR_COLUMN + t, line.cell(t), style(w, line, total));
            }
            r++;
        }
        w.text(resultsRow, 0, "Over the appraisal period", w.styles.subtitle);
        r = resultsRow + 1;
        for (Line line : totals) {
            w.text(r, 0, line.item(), w.styles.totalLabel);
            cells.write(w, r, FIRST_YEAR_COLUMN, line.cell(0), style(w, line, true));
            r++;
        }
        w.text(agencyRow, 0, "By agency: who saves and who pays over the period", w.styles.subtitle);
        r = agencyRow + 1;
        w.text(r, 0, "Agency", w.styles.header);
        w.text(r, 1, "", w.styles.header);
        List<Line> first = byAgency.values().stream().findFirst().orElse(List.of());
        for (int k = 0; k < first.size(); k++) {
            w.text(r, FIRST_YEAR_COLUMN + k, first.get(k).item(), w.styles.header);
            // "Present value of benefits" wraps in a year column: the heading row grows to hold it.
            SheetWriter.fitHeight(w, r, first.get(k).item(), YEAR_COLUMN_WIDTH - 2);
        }
        r++;
        for (List<Line> lines : byAgency.values()) {
            w.text(r, 0, lines.get(0).owner(), null);
            for (int k = 0; k < lines.size(); k++) {
                cells.write(w, r, FIRST_YEAR_COLUMN + k, lines.get(k).cell(0), w.styles.money);
            }
            r++;
        }
        w.text(initiativeRow, 0, "Each initiative's first year, as the years above are built from it", w.styles.subtitle);
        r = initiativeRow + 1;
        String owner = null;
        for (Line line : perInitiative) {
            if (!line.owner().equals(owner)) {
                owner = line.owner();
                w.text(r++, 0, owner, w.styles.totalLabel);
            }
            w.text(r, 0, "  " + line.item(), null);
            cells.write(w, r, FIRST_YEAR_COLUMN, line.cell(0), style(w, line, false));
            r++;
        }
        w.sheet.createFreezePane(FIRST_YEAR_COLUMN, HEADER_ROW + 1);
        w.sheet.setColumnWidth(0, 58 * 256);
        w.sheet.setColumnWidth(1, 14 * 256);
        for (int t = 0; t < Math.max(3, horizon); t++) {
            w.sheet.setColumnWidth(FIRST_YEAR_COLUMN + t, YEAR_COLUMN_WIDTH * 256);
        }
    }

    /** The cell style for a line's unit: money, a whole number, a factor, a share, a ratio or a category. */
    static CellStyle style(SheetWriter w, Line line, boolean bold) {
        return switch (line.unit()) {
            case MONEY -> bold ? w.styles.moneyBold : w.styles.money;
            case WHOLE -> w.styles.whole;
            case FACTOR -> w.styles.factor;
            case SHARE -> w.styles.share;
            case RATIO -> w.styles.ratio;
            case CATEGORY -> w.styles.category;
        };
    }

    private static String bands(Appraisal a) {
        List<String> out = new ArrayList<>();
        for (DiscountBand b : a.discountRates()) {
            if (b.fromYear() < Math.max(a.years(), 1)) {
                out.add(Percent.format(b.rate()) + (b.fromYear() == 0 ? "" : " from year " + b.fromYear()));
            }
        }
        return String.join(", ", out);
    }
}
