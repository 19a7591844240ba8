package org.journeyworkbench.io;

import org.journeyworkbench.model.ModelException;

/** A model file that cannot be read or written: names the file, the field (JSON path) and the problem. */
public final class ModelFileException extends ModelException {
    private final String file;

    public ModelFileException(String file, String field, String problem) {
        super(field, problem);
        this.file = file;
    }

    public ModelFileException(String file, String field, String problem, Throwable cause) {
        this(file, field, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    @Override
    public String getMessage() {
        return file + ": " + super.getMessage();
    }
}
