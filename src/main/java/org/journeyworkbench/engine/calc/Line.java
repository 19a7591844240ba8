package org.journeyworkbench.engine.calc;

/**
 * One row of the calculation as a person reads it: what it is (owner, part, item, agency) and its cells.
 * The workbook lays lines out by {@link Block}; the engine only evaluates their cells.
 *
 * @param agency the agency's index in the model, or -1
 * @param cells  cell numbers by column (see {@link Block}), -1 for an empty column
 */
public record Line(Block block, String owner, String part, String item, int agency, Unit unit, int[] cells) {
    /** What the line's figures are, so each is shown in its own format. */
    public enum Unit {
        /** Pounds (the JOURNEY block's columns have their own: cases, unit cost, amount). */
        MONEY,
        /** A whole number: a year, or a 1/0 flag. */
        WHOLE,
        /** A discount factor. */
        FACTOR,
        /** A share or multiplier, shown as a percentage. */
        SHARE,
        /** A ratio such as the BCR. */
        RATIO,
        /** A category's name (value for money). */
        CATEGORY
    }

    /** Where a line belongs and what its columns mean. */
    public enum Block {
        /** The Level 2 chain, year 0: cases a year, unit cost, amount. */
        JOURNEY,
        /** Subtotals of amounts (by initiative, part and agency; by measure and agency): amount. */
        SUBTOTAL,
        /** The Cost/Benefit Summary: annual saving, annual cost, annual impact, set-up costs, year 1 impact. */
        SUMMARY,
        /** A Level 1 term, or the net system saving: value. */
        TERM,
        /** An appraisal line, one column a year. */
        YEARS,
        /** One appraisal figure (NPV, BCR, payback, value for money, by agency): value. */
        RESULT,
        /**
         * A cost restated in the price base: the uprating factor (index of the base over index of its price
         * year), then the value in the price base. The part is the input's address.
         */
        PRICES
    }

    public Line {
        cells = cells.clone();
        unit = unit == null ? Unit.MONEY : unit;
    }

    public int cell(int column) {
        return column < cells.length ? cells[column] : -1;
    }
}
