package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once (Excel limits how many a file may hold). */
final class Styles {
    static final String MONEY_FORMAT = "£#,##0;(£#,##0)";
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle unitMoney;
    final CellStyle rate;
    final CellStyle count;
    final CellStyle totalLabel;
    final CellStyle note;
    final CellStyle whole;
    final CellStyle factor;
    final CellStyle ratio;
    final CellStyle share;
    final CellStyle category;
    final CellStyle wrapped;
    /** Cells a person types into: the usual modelling convention of blue figures on a pale yellow ground. */
    final CellStyle inputMoney;
    final CellStyle inputRate;
    final CellStyle inputCount;
    final CellStyle inputWhole;
    final CellStyle wrappedSpan;
    final CellStyle wrappedNote;
    final CellStyle link;
    /** Sheets of figures from a run: the warning that they are values, text beside figures, cases to 2 places. */
    final CellStyle warning;
    final CellStyle wrappedLow;
    /** Grey, wrapped, right-aligned: words in a column of figures ("none within the input's valid range"). */
    final CellStyle figureNote;
    /** Grey, wrapped, at the foot of its row like the figures beside it: a source. */
    final CellStyle lowNote;
    final CellStyle cases;
    /** Pounds among lines of text, lined up with them on the left. */
    final CellStyle moneyLeft;
    /** Small grey italic, for a note on a line of its own within a cell (an input's address under its label). */
    final Font greyFont;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        short moneyFmt = wb.createDataFormat().getFormat(MONEY_FORMAT);
        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(bold);
        // Top-aligned, so that a label stays level with the first line of the wrapped text beside it.
        subtitle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = wb.createCellStyle();
        money = wb.createCellStyle();
        money.setDataFormat(moneyFmt);
        moneyBold = wb.createCellStyle();
        moneyBold.setDataFormat(moneyFmt);
        moneyBold.setFont(bold);
        moneyBold.setBorderTop(BorderStyle.THIN);
        unitMoney = wb.createCellStyle();
        unitMoney.setDataFormat(wb.createDataFormat().getFormat("£#,##0.00;(£#,##0.00)"));
        rate = wb.createCellStyle();
        rate.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        count = wb.createCellStyle();
        // Enough decimals that a printed line multiplies out: 0.252 cases × £19,000 = £4,788.
        count.setDataFormat(wb.createDataFormat().getFormat("#,##0.0#####"));
        totalLabel = wb.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalLabel.setAlignment(HorizontalAlignment.LEFT);
        whole = wb.createCellStyle();
        whole.setDataFormat(wb.createDataFormat().getFormat("0"));
        whole.setAlignment(HorizontalAlignment.RIGHT);
        factor = wb.createCellStyle();
        factor.setDataFormat(wb.createDataFormat().getFormat("0.0000"));
        ratio = wb.createCellStyle();
        ratio.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        ratio.setAlignment(HorizontalAlignment.RIGHT);
        share = wb.createCellStyle();
        share.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        category = wb.createCellStyle();
        category.setAlignment(HorizontalAlignment.RIGHT);
        Font inputFont = wb.createFont();
        inputFont.setColor(IndexedColors.BLUE.getIndex());
        inputMoney = input(wb, unitMoney, inputFont);
        inputRate = input(wb, rate, inputFont);
        inputCount = input(wb, count, inputFont);
        inputWhole = input(wb, whole, inputFont);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        wrappedSpan = wb.createCellStyle();
        wrappedSpan.cloneStyleFrom(wrapped);
        wrappedNote = wb.createCellStyle();
        wrappedNote.cloneStyleFrom(wrapped);
        wrappedNote.setFont(grey);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        note = wb.createCellStyle();
        note.setFont(grey);
        greyFont = wb.createFont();
        greyFont.setItalic(true);
        greyFont.setFontHeightInPoints((short) 9);
        greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        warning = wb.createCellStyle();
        warning.cloneStyleFrom(wrapped);
        warning.setFont(bold);
        // A table row of wrapped text beside figures: the text sits on the same line as the figures.
        wrappedLow = wb.createCellStyle();
        wrappedLow.setWrapText(true);
        figureNote = wb.createCellStyle();
        figureNote.cloneStyleFrom(wrappedLow);
        figureNote.setFont(grey);
        figureNote.setAlignment(HorizontalAlignment.RIGHT);
        lowNote = wb.createCellStyle();
        lowNote.cloneStyleFrom(wrappedLow);
        lowNote.setFont(grey);
        moneyLeft = wb.createCellStyle();
        moneyLeft.setDataFormat(moneyFmt);
        moneyLeft.setAlignment(HorizontalAlignment.LEFT);
        cases = wb.createCellStyle();
        cases.setDataFormat(wb.createDataFormat().getFormat("#,##0.0#"));
    }

    private static CellStyle input(Workbook wb, CellStyle like, Font font) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(like);
        s.setFont(font);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        return s;
    }
}
