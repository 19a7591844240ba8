package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Widens columns so that no text is cut off: a text cell whose right-hand neighbour is filled must fit its
 * column (text with nothing beside it may run on, as titles and notes do). Wrapped cells fit by wrapping.
 * Counts characters, which is what a spreadsheet's column width measures, with room for bold headings.
 */
final class ColumnFit {
    /** Past this, a column would push everything else off the page; such text is wrapped instead. */
    static final int MAX_CHARS = 90;

    private ColumnFit() {
    }

    static void fit(Sheet sheet) {
        int[] needed = new int[256];
        for (Row row : sheet) {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= needed.length || cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText()) {
                    continue;
                }
                Cell next = row.getCell(c + 1);
                if (next == null || next.getCellType() == CellType.BLANK
                        || (next.getCellType() == CellType.STRING && next.getStringCellValue().isEmpty())) {
                    continue;
                }
                needed[c] = Math.max(needed[c], cell.getStringCellValue().length());
            }
        }
        for (int c = 0; c < needed.length; c++) {
            if (needed[c] > 0) {
                int width = (int) Math.ceil(Math.min(MAX_CHARS, needed[c]) * 1.15 + 2) * 256;
                if (sheet.getColumnWidth(c) < width) {
                    sheet.setColumnWidth(c, width);
                }
            }
        }
    }

    /** Whether a text cell is cut off by a filled neighbour: what a reader would see as "truncated". */
    static boolean cutOff(Sheet sheet, Cell cell) {
        if (cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText()) {
            return false;
        }
        Cell next = cell.getRow().getCell(cell.getColumnIndex() + 1);
        if (next == null || next.getCellType() == CellType.BLANK
                || (next.getCellType() == CellType.STRING && next.getStringCellValue().isEmpty())) {
            return false;
        }
        int chars = cell.getStringCellValue().length();
        return chars <= MAX_CHARS && sheet.getColumnWidth(cell.getColumnIndex()) < chars * 256;
    }
}
