package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.engine.result.TermValue;

/** Reads the Summary sheet's figures, however they were computed, and compares them with the engine's. */
final class WorkbookCheck {
    /** The Summary sheet as numbers: one row an agency then Total, five columns. */
    interface Figures {
        double get(int row, int column);
    }

    private WorkbookCheck() {
    }

    static void summaryMatchesEngine(Result expected, Figures actual, String where) {
        int row = SummarySheet.HEADER_ROW + 1;
        for (SummaryRow r : expected.summary().rows()) {
            matches(r, actual, row++, where);
        }
        matches(expected.summary().total(), actual, row, where);
        int termRow = row + 4;
        for (TermValue t : expected.level1().terms()) {
            assertEquals(t.value(), actual.get(termRow++, 5), 0.005, where + ": term " + t.name());
        }
        assertEquals(expected.netSystemSaving(), actual.get(termRow, 5), 0.005, where + ": net system saving");
    }

    private static void matches(SummaryRow r, Figures actual, int row, String where) {
        double[] expected = {r.annualSaving(), r.annualCost(), r.annualImpact(), r.setUpCosts(), r.year1Impact()};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], actual.get(row, c + 1), 0.005,
                    where + ": " + r.agency() + ", " + org.journeyworkbench.engine.result.CostBenefitSummary.COLUMNS.get(c + 1));
        }
    }

    static int formulaCells(Sheet sheet) {
        int n = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    n++;
                }
            }
        }
        return n;
    }
}
