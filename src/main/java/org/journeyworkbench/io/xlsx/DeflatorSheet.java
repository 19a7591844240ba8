package org.journeyworkbench.io.xlsx;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.model.PriceYear;

/**
 * The deflator table the costs were uprated with, release named: financial years in columns A–B, calendar
 * years in D–E (two series from two releases, never mixed). Every uprating factor on the Assumptions sheet
 * looks its index levels up here, so pasting a newer release over the table moves every uprated cost.
 */
final class DeflatorSheet {
    static final String NAME = "Deflator";
    static final int HEADER_ROW = 4;
    static final int FIRST_ROW = HEADER_ROW + 1;
    /** One table's width in characters (year and index columns), and both tables' with the gap between. */
    private static final int TABLE_WIDTH = 16 + 12;
    private static final int TABLES_WIDTH = 2 * TABLE_WIDTH + 4;

    private DeflatorSheet() {
    }

    /** The index level of {@code y} as a lookup in this sheet's table for its series. */
    static String lookup(Deflator d, PriceYear y) {
        int rows = d.rows(y.financial()).size();
        int col = y.financial() ? 0 : 3;
        String range = "'" + NAME + "'!" + new CellReference(FIRST_ROW, col, true, true).formatAsString(false) + ":"
                + new CellReference(FIRST_ROW + rows - 1, col + 1, true, true).formatAsString(false);
        String key = y.financial() ? "\"" + y.label() + "\"" : String.valueOf(y.start());
        return "VLOOKUP(" + key + "," + range + ",2,FALSE)";
    }

    static void write(SheetWriter w, Deflator d) {
        w.text(0, 0, "GDP deflator", w.styles.title);
        // The notes wrap within the two tables' width (A–E), or they run off the printed page.
        note(w, 1, "In use: " + d.name() + ". Read from: " + d.origin() + ".");
        note(w, 2, "A cost priced in year Y is restated in the price base B as value × index(B) / index(Y) "
                + "(Assumptions: \"Factor to price base\"). Financial and calendar years come from different "
                + "releases and are never mixed. HM Treasury data, Open Government Licence v3.0.");
        series(w, d, true, 0);
        series(w, d, false, 3);
        w.sheet.setColumnWidth(0, 16 * 256);
        w.sheet.setColumnWidth(1, 12 * 256);
        w.sheet.setColumnWidth(2, 4 * 256);
        w.sheet.setColumnWidth(3, 16 * 256);
        w.sheet.setColumnWidth(4, 12 * 256);
        w.sheet.createFreezePane(0, FIRST_ROW);
    }

    private static void note(SheetWriter w, int r, String text) {
        w.text(r, 0, text, w.styles.wrappedNote);
        w.sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
        SheetWriter.fitHeight(w, r, text, TABLES_WIDTH);
    }

    private static void series(SheetWriter w, Deflator d, boolean financial, int col) {
        String release = d.series(financial).release();
        w.text(HEADER_ROW - 1, col, release, w.styles.wrappedNote);
        w.sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, col, col + 1));
        SheetWriter.fitHeight(w, HEADER_ROW - 1, release, TABLE_WIDTH);
        w.text(HEADER_ROW, col, financial ? "Financial year" : "Calendar year", w.styles.header);
        w.text(HEADER_ROW, col + 1, "Index", w.styles.header);
        List<Map.Entry<Integer, Double>> rows = d.rows(financial);
        for (int k = 0; k < rows.size(); k++) {
            int r = FIRST_ROW + k;
            if (financial) {
                w.text(r, col, new PriceYear(rows.get(k).getKey(), true).label(), null);
            } else {
                w.number(r, col, rows.get(k).getKey(), w.styles.whole);
            }
            w.number(r, col + 1, rows.get(k).getValue(), w.styles.factor);
        }
    }
}
