package org.journeyworkbench.io.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/** Where each cell of the calculation is written: its sheet, row and column. */
final class Places {
    private final String[] sheet;
    private final int[] row;
    private final int[] column;

    Places(int cells) {
        sheet = new String[cells];
        row = new int[cells];
        column = new int[cells];
        Arrays.fill(row, -1);
    }

    void put(int cell, String sheetName, int r, int c) {
        if (cell >= 0) {
            sheet[cell] = sheetName;
            row[cell] = r;
            column[cell] = c;
        }
    }

    boolean placed(int cell) {
        return row[cell] >= 0;
    }

    String sheet(int cell) {
        return sheet[cell];
    }

    int row(int cell) {
        return row[cell];
    }

    int column(int cell) {
        return column[cell];
    }

    /** A reference to the cell from a formula on {@code fromSheet}: C12 on the same sheet, else 'Sheet'!$C$12. */
    String ref(int cell, String fromSheet) {
        if (!placed(cell)) {
            throw new IllegalStateException("cell " + cell + " was never placed on a sheet");
        }
        if (sheet[cell].equals(fromSheet)) {
            return new CellReference(row[cell], column[cell], false, false).formatAsString(false);
        }
        return "'" + sheet[cell] + "'!" + new CellReference(row[cell], column[cell], true, true).formatAsString(false);
    }
}
