package org.journeyworkbench.io.xlsx;

import java.util.List;
import org.journeyworkbench.engine.result.CostBenefitSummary;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Line;
import org.journeyworkbench.model.JourneyModel;

/**
 * The Cost/Benefit Summary in the slides' layout, ready to paste into a document, with the Level 1 terms
 * and the net system saving beneath: the calculation's summary and term lines, each figure a formula over
 * the Calculations sheet's subtotals.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final int HEADER_ROW = 3;
    static final int VALUE_COLUMN = 5;

    private int termsHeading;

    void place(Calculation calc, Places places) {
        int r = HEADER_ROW + 1;
        for (Line line : lines(calc, Line.Block.SUMMARY)) {
            for (int c = 0; c < 5; c++) {
                places.put(line.cell(c), NAME, r, c + 1);
            }
            r++;
        }
        r += 2;
        termsHeading = r++;
        for (Line line : lines(calc, Line.Block.TERM)) {
            places.put(line.cell(0), NAME, r++, VALUE_COLUMN);
        }
    }

    private static List<Line> lines(Calculation calc, Line.Block block) {
        return calc.program().lines().stream().filter(l -> l.block() == block).toList();
    }

    void write(SheetWriter w, Calculation calc, String scenario, CalculationCells cells) {
        JourneyModel model = calc.model();
        w.text(0, 0, model.name(), w.styles.title);
        String price = model.appraisal().priceBase().isBlank() ? "" : " · " + model.appraisal().priceBase() + " prices";
        w.text(1, 0, "Cost/Benefit Summary · " + scenario + " · annual figures" + price + "; brackets are costs",
                w.styles.note);
        List<String> head = CostBenefitSummary.COLUMNS;
        for (int k = 0; k < head.size(); k++) {
            w.text(HEADER_ROW, k, head.get(k), w.styles.header);
        }
        int r = HEADER_ROW + 1;
        for (Line line : lines(calc, Line.Block.SUMMARY)) {
            boolean total = line.agency() < 0;
            w.text(r, 0, line.owner(), total ? w.styles.totalLabel : null);
            for (int c = 0; c < 5; c++) {
                cells.write(w, r, c + 1, line.cell(c), total ? w.styles.moneyBold : w.styles.money);
            }
            r++;
        }
        w.text(termsHeading, 0, "Level 1: " + SheetWriter.shortened(model.level1().formula(), 200)
                + " = net system saving", w.styles.subtitle);
        r = termsHeading + 1;
        for (Line line : lines(calc, Line.Block.TERM)) {
            boolean net = line.owner().equals("Net system saving");
            w.text(r, 0, line.owner(), net ? w.styles.totalLabel : null);
            w.text(r, 1, SheetWriter.shortened(line.item(), 200), null);
            cells.write(w, r, VALUE_COLUMN, line.cell(0), net ? w.styles.moneyBold : w.styles.money);
            r++;
        }
        int agencies = model.agencies().size();
        if (agencies > 0) {
            Charts.columns((org.apache.poi.xssf.usermodel.XSSFSheet) w.sheet, "Impact by agency: first year",
                    HEADER_ROW + 1, HEADER_ROW + agencies, 0, new int[] {1, 2, 4, 5},
                    new String[] {"Annual saving", "Annual cost", "Set-up costs", "Year 1 impact"}, r + 1, 13, 6);
        }
        w.sheet.createFreezePane(0, HEADER_ROW + 1);
        w.sheet.setColumnWidth(0, 22 * 256);
        for (int k = 1; k <= 5; k++) {
            w.sheet.setColumnWidth(k, 17 * 256);
        }
    }
}
