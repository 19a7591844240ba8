package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Small helpers for writing cells. Text from the model always goes in as a string cell, so a name that
 * begins with = + - or @ can never become a formula.
 */
final class SheetWriter {
    final Sheet sheet;
    final Styles styles;

    SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    Cell text(int r, int c, String value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    Cell number(int r, int c, double value, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    Cell formula(int r, int c, String formula, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellFormula(formula);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** An absolute reference to a cell of this sheet from another: 'Calculations'!$G$12. */
    String ref(int r, int c) {
        return "'" + sheet.getSheetName() + "'!" + new CellReference(r, c, true, true).formatAsString(false);
    }

    /** A reference to a cell of this sheet from the same sheet: G12. */
    static String local(int r, int c) {
        return new CellReference(r, c, false, false).formatAsString(false);
    }

    /** An absolute column range of this sheet from another: 'Calculations'!$G$2:$G$40. */
    String range(int c, int firstRow, int lastRow) {
        return "'" + sheet.getSheetName() + "'!" + new CellReference(firstRow, c, true, true).formatAsString(false)
                + ":" + new CellReference(lastRow, c, true, true).formatAsString(false);
    }
}
