package org.journeyworkbench.io.xlsx;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.calc.InputSlots;

/**
 * Spreadsheet checks on the input cells, with the same ranges the model checks: an initiative's switch is 1
 * or 0, a rate is 0–100%, a cost is not negative, the period a whole number of years. A typed value out of
 * range is refused with a message saying what the cell takes. Consecutive rows with the same range share
 * one rule, so a large model does not carry thousands.
 */
final class InputValidation {
    private final Sheet sheet;
    private final DataValidationHelper helper;

    InputValidation(Sheet sheet) {
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
    }

    void add(InputSlots slots, int firstRow, int firstColumn, int lastColumn) {
        int start = 0;
        for (int s = 1; s <= slots.size(); s++) {
            if (s == slots.size() || !sameRule(slots, start, s)) {
                rule(slots, start, firstRow + start, firstRow + s - 1, firstColumn, lastColumn);
                start = s;
            }
        }
    }

    private static boolean sameRule(InputSlots slots, int a, int b) {
        return slots.input(a).kind() == slots.input(b).kind() && slots.min(a) == slots.min(b)
                && slots.max(a) == slots.max(b);
    }

    private void rule(InputSlots slots, int slot, int fromRow, int toRow, int fromColumn, int toColumn) {
        Input input = slots.input(slot);
        String min = FormulaText.number(slots.min(slot));
        String max = FormulaText.number(slots.max(slot));
        boolean whole = switch (input.kind()) {
            case SWITCH, YEARS -> true;
            default -> false;
        };
        DataValidationConstraint c = whole
                ? helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, min, max)
                : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, min, max);
        DataValidation v = helper.createValidation(c, new CellRangeAddressList(fromRow, toRow, fromColumn, toColumn));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Not a value this input takes", switch (input.kind()) {
            case SWITCH -> "Type 1 to include the initiative or 0 to leave it out.";
            case YEARS -> "Type a whole number of years, from " + min + " to " + max + ".";
            case RATE, MULTIPLIER -> "Type a percentage from " + pct(slots.min(slot)) + " to " + pct(slots.max(slot))
                    + ", e.g. 45%.";
            case MONEY -> "Type an amount in pounds, 0 or more.";
            case COUNT -> "Type a number, 0 or more.";
        });
        sheet.addValidationData(v);
    }

    private static String pct(double fraction) {
        return org.journeyworkbench.model.Percent.format(fraction);
    }
}
