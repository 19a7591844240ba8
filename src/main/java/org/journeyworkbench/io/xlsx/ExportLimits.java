package org.journeyworkbench.io.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.engine.calc.Line;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.ModelException;

/**
 * What a spreadsheet can hold, checked before anything is built or written, so a model too large for a
 * workbook is refused in one line saying which limit, instead of failing part-way through the export.
 */
final class ExportLimits {
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_TEXT = SheetWriter.MAX_TEXT;
    /** Columns the Appraisal sheet has besides one a year (labels, totals). */
    private static final int APPRAISAL_EXTRA_COLUMNS = 8;
    /** Rows the Assumptions sheet has besides one an input (title, headings). */
    private static final int ASSUMPTIONS_EXTRA_ROWS = AssumptionsSheet.FIRST_ROW + 2;

    private ExportLimits() {
    }

    /** @throws ModelException naming the field (for text) or the sheet, and the limit it would pass */
    static void check(Calculation calc, int options) {
        check(calc, options, MAX_ROWS);
    }

    /** As {@link #check(Calculation, int)} with a smaller sheet, so a test needs no million-row model. */
    static void check(Calculation calc, int options, long maxRows) {
        checkText(calc);
        long rows = calculationRows(calc);
        if (rows > maxRows) {
            throw new ModelException("", "the workbook's Calculations sheet would need " + String.format("%,d", rows)
                    + " rows (one for each stage every target group and initiative reaches); a spreadsheet sheet "
                    + "holds at most " + String.format("%,d", maxRows) + " rows. Export a smaller part of the model, or use compute --format json");
        }
        long inputs = (long) calc.slots().size() + ASSUMPTIONS_EXTRA_ROWS;
        if (inputs > maxRows) {
            throw new ModelException("", "the workbook's Assumptions sheet would need " + String.format("%,d", inputs)
                    + " rows (one an input); a spreadsheet sheet holds at most " + String.format("%,d", maxRows)
                    + " rows");
        }
        long columns = Math.max((long) calc.horizon() + APPRAISAL_EXTRA_COLUMNS,
                (long) options + AssumptionsSheet.FIRST_OPTION_COLUMN + 4);
        if (columns > MAX_COLUMNS) {
            throw new ModelException("", "the workbook would need " + String.format("%,d", columns) + " columns; a "
                    + "spreadsheet sheet holds at most 16,384 columns");
        }
    }

    /** The Calculations sheet's rows: as {@link CalculationsSheet#place} lays them out. */
    static long calculationRows(Calculation calc) {
        long r = CalculationsSheet.HEADER_ROW + 1;
        String owner = null;
        for (Line line : calc.program().lines()) {
            if (line.block() != Line.Block.JOURNEY && line.block() != Line.Block.SUBTOTAL) {
                continue;
            }
            if (!line.owner().equals(owner)) {
                owner = line.owner();
                r += 2;
            }
            r++;
        }
        return r + 10; // totals and notes below the lines
    }

    /** Every text of the model fits in a cell; the first that does not is named by its place in the file. */
    private static void checkText(Calculation calc) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(ModelFiles.toJson(calc.model()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry("", root));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> at = todo.pop();
            JsonNode node = at.getValue();
            // The Level 1 formula has its own, smaller limit (a formula's 8,192 characters), checked where it is written.
            if (node.isTextual() && node.textValue().length() > MAX_TEXT && !at.getKey().equals("level1.formula")) {
                String text = node.textValue();
                throw new ModelException(at.getKey(), "is " + String.format("%,d", text.length()) + " characters long"
                        + " (\"" + text.substring(0, 30).replaceAll("\\s+", " ") + "…\"); a spreadsheet cell holds at "
                        + "most 32,767. Shorten it in the model");
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    todo.push(Map.entry(at.getKey().isEmpty() ? f.getKey() : at.getKey() + "." + f.getKey(),
                            f.getValue()));
                }
            } else if (node.isArray()) {
                for (int k = 0; k < node.size(); k++) {
                    todo.push(Map.entry(at.getKey() + "[" + k + "]", node.get(k)));
                }
            }
        }
    }
}
