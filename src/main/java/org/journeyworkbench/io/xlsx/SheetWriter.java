package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Small helpers for writing cells. Text from the model always goes in as a string cell, so a name that
 * begins with = + - or @ can never become a formula.
 */
final class SheetWriter {
    /** The most characters a spreadsheet cell holds. */
    static final int MAX_TEXT = 32_767;
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
        String v = value == null ? "" : value;
        if (v.length() > MAX_TEXT) {
            throw new org.journeyworkbench.model.ModelException("", "\"" + v.substring(0, 40).replaceAll("\\s+", " ")
                    + "…\" is " + v.length() + " characters long; a spreadsheet cell holds at most 32,767. Shorten it "
                    + "in the model");
        }
        Cell cell = row(r).createCell(c);
        cell.setCellValue(v);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Text with a grey note on the line below it, in one wrapped cell: "Arrest unit cost" over its address. */
    Cell textWithNote(int r, int c, String value, String note, CellStyle style) {
        Cell cell = text(r, c, value + "\n" + note, style);
        org.apache.poi.xssf.usermodel.XSSFRichTextString rich =
                new org.apache.poi.xssf.usermodel.XSSFRichTextString(value + "\n" + note);
        rich.applyFont(value.length() + 1, value.length() + 1 + note.length(), styles.greyFont);
        cell.setCellValue(rich);
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

    /**
     * A formula cell with its cached result, written straight into the file's XML: POI's own formula parser
     * looks up every defined name by scanning all of them, which made large exports quadratic. The formula
     * is checked by POI's evaluator and by LibreOffice in the tests instead.
     *
     * @param cached a Double, or a String for a formula whose result is text ("none", a category)
     */
    Cell formula(int r, int c, String formula, Object cached, CellStyle style) {
        XSSFCell cell = (XSSFCell) row(r).createCell(c);
        CTCell ct = cell.getCTCell();
        ct.addNewF().setStringValue(formula);
        if (cached instanceof Double d) {
            ct.setV(Double.isFinite(d) ? String.valueOf(d) : "0");
        } else {
            ct.setT(STCellType.STR);
            ct.setV(String.valueOf(cached));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** An absolute reference to a cell of this sheet from another: 'Calculations'!$G$12. */
    String ref(int r, int c) {
        return "'" + sheet.getSheetName() + "'!" + new CellReference(r, c, true, true).formatAsString(false);
    }

    /**
     * Gives a row the height its wrapped text needs in a column {@code widthChars} wide: spreadsheets do not
     * all grow a row for wrapped text by themselves, and a printed row that does not grow overprints the next.
     */
    static void fitHeight(SheetWriter w, int r, String text, int widthChars) {
        // A column of width N holds about 1.15 N characters of body text.
        int lines = Math.max(1, (int) Math.ceil(text.length() / (widthChars * 1.15)));
        if (lines > 1) {
            float h = Math.min(409, lines * 14.5f);
            if (w.row(r).getHeightInPoints() < h) {
                w.row(r).setHeightInPoints(h);
            }
        }
    }

    /** Text for a heading or label, shortened with an ellipsis past {@code max} characters. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
