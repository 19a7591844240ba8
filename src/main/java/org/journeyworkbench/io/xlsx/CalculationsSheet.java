package org.journeyworkbench.io.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Line;
import org.journeyworkbench.model.JourneyModel;

/**
 * The first year's Level 2 chain line by line, exactly as the compiled calculation has it: each target
 * group's standard journey, then for each initiative the cases it takes on, the journey they no longer make,
 * the repeat journeys avoided, the alternative route, the cost lines and its subtotals by agency, and at the
 * end the totals by measure and agency that Summary and Appraisal refer to, cell by cell.
 */
final class CalculationsSheet {
    static final String NAME = "Calculations";
    static final int HEADER_ROW = 3;
    static final int CASES = 3;
    static final int UNIT_COST = 4;
    static final int AMOUNT = 5;

    private final List<Line> lines = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<Integer> sectionRows = new ArrayList<>();

    /** Decides every line's row and tells {@code places} where its cells go. */
    void place(Calculation calc, Places places) {
        int r = HEADER_ROW + 1;
        String owner = null;
        for (Line line : calc.program().lines()) {
            if (line.block() != Line.Block.JOURNEY && line.block() != Line.Block.SUBTOTAL) {
                continue;
            }
            if (!line.owner().equals(owner)) {
                owner = line.owner();
                r++;
                sections.add(title(calc.model(), line));
                sectionRows.add(r++);
            }
            lines.add(line);
            rows.add(r);
            places.put(line.cell(0), NAME, r, CASES);
            places.put(line.cell(1), NAME, r, UNIT_COST);
            places.put(line.cell(2), NAME, r, AMOUNT);
            r++;
        }
    }

    /** Each target group's referrer by its name, looked up once (not a search per section: groups × groups). */
    private Map<String, String> referrers;

    private Map<String, String> referrers(JourneyModel m) {
        if (referrers == null) {
            referrers = new HashMap<>();
            for (var g : m.targetGroups()) {
                referrers.putIfAbsent(g.name(), g.referrer() == null ? "" : g.referrer());
            }
        }
        return referrers;
    }

    private String title(JourneyModel m, Line line) {
        if (line.part().equals("Standard journey")) {
            String referrer = referrers(m).getOrDefault(line.owner(), "");
            return "Target group: " + line.owner() + (referrer.isBlank() ? "" : " (referred by " + referrer + ")");
        }
        if (line.owner().equals("All initiatives")) {
            return "All initiatives: totals by agency";
        }
        return "Initiative: " + line.owner();
    }

    void write(SheetWriter w, Calculation calc, CalculationCells cells) {
        w.text(0, 0, "Calculations", w.styles.title);
        w.text(1, 0, "The first year's Level 2 logic line by line. Every figure is a formula over the Assumptions "
                + "sheet or the lines above; Summary and Appraisal refer to the subtotals cell by cell.", w.styles.note);
        String[] head = {"Part", "Stage or item", "Agency", "Cases a year", "Unit cost", "Amount"};
        for (int c = 0; c < head.length; c++) {
            w.text(HEADER_ROW, c, head[c], w.styles.header);
        }
        // Rows are written top to bottom: POI inserts a row above existing ones in time linear in the sheet.
        int section = 0;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            int r = rows.get(k);
            while (section < sections.size() && sectionRows.get(section) < r) {
                w.text(sectionRows.get(section), 0, sections.get(section), w.styles.subtitle);
                section++;
            }
            // The owner is the section's title above; each line says what it is and who pays.
            w.text(r, 0, line.part(), null);
            w.text(r, 1, line.item(), w.styles.wrapped);
            if (line.agency() >= 0) {
                w.text(r, 2, calc.model().agencies().get(line.agency()).name(), null);
            }
            SheetWriter.fitHeight(w, r, line.item(), 40);
            cells.write(w, r, CASES, line.cell(0), w.styles.count);
            cells.write(w, r, UNIT_COST, line.cell(1), w.styles.unitMoney);
            cells.write(w, r, AMOUNT, line.cell(2), line.block() == Line.Block.SUBTOTAL ? w.styles.moneyBold
                    : w.styles.money);
        }
        w.sheet.createFreezePane(0, HEADER_ROW + 1);
        int[] widths = {24, 40, 14, 14, 14, 16};
        for (int c = 0; c < widths.length; c++) {
            w.sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
