package org.journeyworkbench.engine;

import org.journeyworkbench.model.ModelException;

/** A formula that cannot be read: says where (a 1-based character position) and what was expected. */
public final class FormulaException extends ModelException {
    private final int position;

    public FormulaException(int position, String problem) {
        super("level1.formula", "at character " + position + ": " + problem);
        this.position = position;
    }

    /** 1-based position of the character where the problem is. */
    public int position() {
        return position;
    }
}
