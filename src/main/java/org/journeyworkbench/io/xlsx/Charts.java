package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Column charts drawn from cells already on a sheet (so they follow the live formulas), for the printed
 * appendix: impact by agency on Summary, NPV by option on Options, the tornado on Sensitivity and the
 * histogram on Uncertainty.
 */
final class Charts {
    private static final byte[][] COLOURS = {{(byte) 0x1B, (byte) 0x7F, (byte) 0x3B}, {(byte) 0xE0, (byte) 0x8A,
            (byte) 0x1E}, {(byte) 0x4C, (byte) 0x9A, (byte) 0x4C}, {(byte) 0x1F, (byte) 0x4E, (byte) 0x9C}};

    private Charts() {
    }

    /**
     * A column chart of one or more value columns against the labels in {@code labelColumn}, over rows
     * {@code firstRow}..{@code lastRow}, drawn at rows {@code top}..{@code top + height}, columns 0..{@code width}.
     */
    static void columns(XSSFSheet sheet, String title, int firstRow, int lastRow, int labelColumn, int[] valueColumns,
                        String[] seriesNames, int top, int height, int width) {
        columns(sheet, title, firstRow, lastRow, labelColumn, valueColumns, seriesNames, top, height, width, -1,
                Styles.MONEY_FORMAT);
    }

    /**
     * As above, with the gap between bars as a percentage of a bar's width (10 for a histogram; -1 for the
     * default) and the value axis's number format ("#,##0" for counts).
     */
    static void columns(XSSFSheet sheet, String title, int firstRow, int lastRow, int labelColumn, int[] valueColumns,
                        String[] seriesNames, int top, int height, int width, int gapWidth, String axisFormat) {
        columns(sheet, title, firstRow, lastRow, labelColumn, valueColumns, seriesNames, top, height, 0, width, gapWidth,
                axisFormat);
    }

    /**
     * As above, drawn from column {@code left} to column {@code right}: a sheet that repeats its label column on
     * every printed page across starts its chart right of it, or each page would print a slice of the chart.
     */
    static void columns(XSSFSheet sheet, String title, int firstRow, int lastRow, int labelColumn, int[] valueColumns,
                        String[] seriesNames, int top, int height, int left, int right, int gapWidth,
                        String axisFormat) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, right, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (valueColumns.length > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setNumberFormat(axisFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        if (gapWidth >= 0) {
            data.setGapWidth(gapWidth);
        }
        XDDFDataSource<String> labels = new CachedLabels(sheet, new CellRangeAddress(firstRow, lastRow, labelColumn,
                labelColumn));
        for (int k = 0; k < valueColumns.length; k++) {
            XDDFNumericalDataSource<Double> numbers = new CachedNumbers(sheet,
                    new CellRangeAddress(firstRow, lastRow, valueColumns[k], valueColumns[k]));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
            series.setTitle(seriesNames[k], null);
            // Without an explicit fill some spreadsheets draw the bars invisible.
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[k % COLOURS.length]));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /**
     * A column of cells as a chart's data: its reference, with the values already in the cells (the engine's,
     * cached in each formula) as the chart's cache. POI's own cell-range sources evaluate every formula the
     * chart reads, and with it everything those formulas depend on: most of a large export's time.
     */
    private abstract static class CachedRange<T> implements XDDFDataSource<T> {
        private final XSSFSheet sheet;
        private final CellRangeAddress range;

        CachedRange(XSSFSheet sheet, CellRangeAddress range) {
            this.sheet = sheet;
            this.range = range;
        }

        @Override
        public int getPointCount() {
            return range.getNumberOfCells();
        }

        @Override
        public T getPointAt(int index) {
            Row row = sheet.getRow(range.getFirstRow() + index);
            Cell cell = row == null ? null : row.getCell(range.getFirstColumn());
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            return point(cell, type);
        }

        /** The cell's value as a point, or null when it has none of the right type. */
        abstract T point(Cell cell, CellType type);

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public int getColIndex() {
            return range.getFirstColumn();
        }

        @Override
        public String getDataRangeReference() {
            return range.formatAsString(sheet.getSheetName(), true);
        }
    }

    private static final class CachedNumbers extends CachedRange<Double> implements XDDFNumericalDataSource<Double> {
        private String formatCode;

        CachedNumbers(XSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        Double point(Cell cell, CellType type) {
            return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }

    private static final class CachedLabels extends CachedRange<String> implements XDDFCategoryDataSource {
        CachedLabels(XSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        String point(Cell cell, CellType type) {
            return type == CellType.STRING ? cell.getStringCellValue() : null;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }

    /**
     * A tornado: horizontal bars of the change from the scenario's figure with each input at its low and at
     * its high end, the widest (the first row) at the top, the two ends overlapping on one bar per input.
     * Changes rather than the figures themselves, so that every bar starts at the scenario's figure (zero)
     * whichever side of zero the figures lie.
     */
    static void tornado(XSSFSheet sheet, String title, int firstRow, int lastRow, int labelColumn, int lowColumn,
                        int highColumn, String[] seriesNames, int top, int height, int width) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, width, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // The first row at the top, and the labels at the left edge even where the bars go below zero.
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);
        values.setNumberFormat(Styles.MONEY_FORMAT);
        categories.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setGapWidth(40);
        XDDFDataSource<String> labels = new CachedLabels(sheet, new CellRangeAddress(firstRow, lastRow, labelColumn,
                labelColumn));
        int[] columns = {lowColumn, highColumn};
        for (int k = 0; k < columns.length; k++) {
            XDDFNumericalDataSource<Double> numbers = new CachedNumbers(sheet,
                    new CellRangeAddress(firstRow, lastRow, columns[k], columns[k]));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
            series.setTitle(seriesNames[k], null);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[k % COLOURS.length]));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
        overlap(chart);
    }

    /**
     * Draws a row's two bars on top of each other (overlap 100%). POI's own setter needs a schema type its
     * slimmed-down schema jar leaves out, so the attribute is written as text.
     */
    private static void overlap(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        var overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
        try (org.apache.xmlbeans.XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new javax.xml.namespace.QName("val"), "100");
        }
    }
}
