package org.journeyworkbench.model;

/**
 * The one error type the model, engine and file reader throw for anything a user got wrong.
 * {@code field} names where the problem is (a JSON path or an address such as
 * {@code stages[arrest].unitCost}); the message says what is wrong in a programme officer's words.
 */
public class ModelException extends RuntimeException {
    private final String field;
    private final String problem;

    public ModelException(String field, String problem) {
        super(field == null || field.isBlank() ? problem : field + ": " + problem);
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    public ModelException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** Where the problem is, or empty when it concerns the model as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong, without where: for a message shown beside the field it concerns. */
    public String problem() {
        return problem;
    }
}
