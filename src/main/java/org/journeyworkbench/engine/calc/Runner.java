package org.journeyworkbench.engine.calc;

/**
 * Runs one evaluator's code, first interpreted and, once it has run often, as bytecode of its own
 * ({@link BytecodeCompiler}), as the JVM itself does with Java code. Translating costs about a millisecond and
 * the new code only reaches full speed after the JVM has compiled it, so a calculation evaluated a few times
 * (the command line, one edit in the window) never pays for it, while one evaluated thousands of times
 * (Monte Carlo, sensitivity, a slider dragged, options side by side) gets it early on. Only programs up to
 * {@link #MAX_CODE} entries of code (a real business case: Barnet's has 2,334) are translated; a very large
 * generated journey would make huge classes for the JVM to compile, and is bound by memory anyway.
 *
 * <p>Thread-safe: the count of runs is deliberately unsynchronised (a lost count only delays the switch), and
 * the translated code is published through a volatile field; two threads may both translate, harmlessly.
 */
final class Runner {
    /** Runs before the code is translated. */
    static final int HOT = 2_000;
    static final int MAX_CODE = 16_384;

    private final Evaluator evaluator;
    private final int boundary;
    private boolean translatable;
    private int runs;
    private volatile CompiledCells compiled;

    /** @param boundary the code position between the first part (the first year) and the rest */
    Runner(Evaluator evaluator, int boundary) {
        this.evaluator = evaluator;
        this.boundary = boundary;
        this.translatable = evaluator.codeLength() <= MAX_CODE;
    }

    /** Computes every cell. */
    void runAll(double[] values, double[] stack) {
        CompiledCells code = compiled();
        if (code == null) {
            evaluator.run(values, evaluator.codeLength(), stack);
            return;
        }
        evaluator.copyConstants(values);
        code.firstPart(values, evaluator.code(), evaluator.consts(), stack);
        code.lastPart(values, evaluator.code(), evaluator.consts(), stack);
    }

    /** Computes the cells before the boundary only. */
    void runFirstPart(double[] values, double[] stack) {
        CompiledCells code = compiled();
        if (code == null) {
            evaluator.run(values, boundary, stack);
            return;
        }
        evaluator.copyConstants(values);
        code.firstPart(values, evaluator.code(), evaluator.consts(), stack);
    }

    private CompiledCells compiled() {
        CompiledCells code = compiled;
        if (code == null && translatable && ++runs >= HOT) {
            try {
                code = translateNow();
            } catch (RuntimeException | LinkageError e) {
                // Should never happen (BytecodeCompilerTest translates every sample); if it does, the
                // interpreter gives the same figures, only slower, so the user loses nothing.
                translatable = false;
            }
        }
        return code;
    }

    /** Translates the code now rather than after {@link #HOT} runs (tests, benchmarks). */
    CompiledCells translateNow() {
        CompiledCells code = BytecodeCompiler.compile(evaluator, boundary);
        compiled = code;
        return code;
    }

    boolean translated() {
        return compiled != null;
    }
}
