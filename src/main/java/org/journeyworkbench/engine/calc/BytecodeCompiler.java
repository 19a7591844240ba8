package org.journeyworkbench.engine.calc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates an {@link Evaluator}'s code into a class of straight-line Java bytecode, one short sequence a
 * cell ({@code v[412] = v[37] * v[198];}), which the JVM then compiles to machine code like any other method.
 * The interpreter reads every operand's place from its code array and branches on every instruction and
 * term count; the translation has neither, which is what takes a full Barnet evaluation under a microsecond.
 *
 * <p>Every cell is computed exactly as the interpreter computes it: the same operations in the same order
 * (sums start from 0 and add their terms left to right, products start from the coefficient), so the results
 * are identical bit for bit; {@code BytecodeCompilerTest} checks that on every sample model and scenario. The
 * few cells with a choice in them (a ratio that may be "none", a flag, payback, a band, the general stack)
 * call the small static methods below, which hold the interpreter's own expressions, so the generated code has
 * no branches at all. Only small programs are translated (see {@link Runner}): a method of JVM bytecode is
 * limited to 64 KB and one over 8,000 bytes is never compiled to machine code, so the cells are written into
 * methods of at most {@link #CHUNK_BYTES} each, and a very large program stays with the interpreter.
 */
final class BytecodeCompiler {
    /** Below HotSpot's limit (8,000 bytes) for compiling a method to machine code. */
    static final int CHUNK_BYTES = 7_500;

    private static final String OWNER = "org/journeyworkbench/engine/calc/BytecodeCompiler";
    private static final String EVALUATOR = "org/journeyworkbench/engine/calc/Evaluator";
    private static final String STACK_MACHINE = "org/journeyworkbench/engine/calc/StackMachine";
    /** (values, code, consts, stack), as every generated method takes them. */
    private static final String RUN = "([D[I[D[D)V";

    // The JVM opcodes used; locals of a generated static method: 0 values, 1 code, 2 consts, 3 stack.
    private static final int ALOAD_0 = 0x2a;
    private static final int ALOAD_1 = 0x2b;
    private static final int ALOAD_2 = 0x2c;
    private static final int ALOAD_3 = 0x2d;
    private static final int ALOAD = 0x19;
    private static final int DALOAD = 0x31;
    private static final int DASTORE = 0x52;
    private static final int DCONST_0 = 0x0e;
    private static final int DCONST_1 = 0x0f;
    private static final int DADD = 0x63;
    private static final int DSUB = 0x67;
    private static final int DMUL = 0x6b;
    private static final int DDIV = 0x6f;
    private static final int BIPUSH = 0x10;
    private static final int SIPUSH = 0x11;
    private static final int LDC_W = 0x13;
    private static final int INVOKESTATIC = 0xb8;
    private static final int RETURN = 0xb1;

    private final ClassFile file = new ClassFile("org/journeyworkbench/engine/calc/GeneratedCells",
            "org/journeyworkbench/engine/calc/CompiledCells");
    private final int[] c;
    private int chunks;

    private BytecodeCompiler(Evaluator evaluator) {
        this.c = evaluator.code();
    }

    /**
     * The evaluator's code as a hidden class: {@code firstPart} computes the cells before the code position
     * {@code boundary} (which must start a run, as {@link Evaluator#codeEnd} gives), {@code lastPart} the rest.
     */
    static CompiledCells compile(Evaluator evaluator, int boundary) {
        BytecodeCompiler b = new BytecodeCompiler(evaluator);
        b.part("firstPart", 0, boundary);
        b.part("lastPart", boundary, evaluator.codeLength());
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(b.file.bytes(), true);
            return (CompiledCells) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("could not load the generated cells", e);
        }
    }

    /** An interface method calling, in order, the static methods that hold the cells of code[from..to). */
    private void part(String name, int from, int to) {
        List<String> chunkNames = new ArrayList<>();
        ClassFile.Code chunk = new ClassFile.Code();
        int pc = from;
        while (pc < to) {
            int op = c[pc++];
            if (op == Evaluator.PAIRS_THEN_PRODUCT) {
                chunk = fit(chunk, chunkNames, pc, op);
                pc = next(Evaluator.SUM_OF_PAIRS, pc) + 2;
                continue;
            }
            if (op == Evaluator.ONE_PRODUCT || op == Evaluator.ONE_SUM_OF_PAIRS) {
                chunk = fit(chunk, chunkNames, pc, op == Evaluator.ONE_PRODUCT ? Evaluator.PRODUCT
                        : Evaluator.SUM_OF_PAIRS);
                pc = next(op == Evaluator.ONE_PRODUCT ? Evaluator.PRODUCT : Evaluator.SUM_OF_PAIRS, pc);
                continue;
            }
            int n = c[pc++];
            for (int i = 0; i < n; i++) {
                chunk = fit(chunk, chunkNames, pc, op);
                pc = next(op, pc);
            }
        }
        if (chunk.size() > 0) {
            chunkNames.add(close(chunk));
        }
        ClassFile.Code calls = new ClassFile.Code();
        for (String chunkName : chunkNames) {
            // this, values, code, consts, stack are locals 0-4 of the instance method
            calls.op(ALOAD_1).op(ALOAD_2).op(ALOAD_3).op(ALOAD).op(4);
            calls.op(INVOKESTATIC).u2(file.methodRef(file.name(), chunkName, RUN));
        }
        calls.op(RETURN);
        file.publicMethod(name, RUN, calls, 4, 5);
    }

    /** Appends the cell at pc to the chunk, first closing the chunk if the cell would take it past the limit. */
    private ClassFile.Code fit(ClassFile.Code chunk, List<String> chunkNames, int pc, int op) {
        ClassFile.Code cell = new ClassFile.Code();
        cell(cell, op, pc);
        if (chunk.size() > 0 && chunk.size() + cell.size() > CHUNK_BYTES) {
            chunkNames.add(close(chunk));
            chunk = new ClassFile.Code();
        }
        chunk.append(cell);
        return chunk;
    }

    private String close(ClassFile.Code chunk) {
        String chunkName = "cells" + chunks++;
        chunk.op(RETURN);
        file.privateStaticMethod(chunkName, RUN, chunk, 12, 4);
        return chunkName;
    }

    /** Where the next cell's operands start: the layout {@link Evaluator#run} reads. */
    private int next(int op, int pc) {
        return switch (op) {
            case Evaluator.PRODUCT, Evaluator.DIFFERENCE, Evaluator.DISCOUNT, Evaluator.LESS_THAN,
                 Evaluator.RATIO_OF -> pc + 3;
            case Evaluator.IF_NON_NEGATIVE_THEN, Evaluator.BAND_OF -> pc + 4;
            case Evaluator.SUM, Evaluator.MIN_OF -> pc + 2 + c[pc + 1];
            case Evaluator.SUM_OF_PAIRS -> pc + 2 + 2 * c[pc + 1];
            case Evaluator.POLY -> {
                int at = pc + 2;
                for (int t = 0; t < c[pc + 1]; t++) {
                    at += 2 + c[at];
                }
                yield at;
            }
            default -> pc + 2 + c[pc + 1]; // the stack: out, length, code
        };
    }

    /** One cell: values[out] = what the interpreter would compute for the instruction at pc. */
    private void cell(ClassFile.Code k, int op, int pc) {
        if (op == Evaluator.PAIRS_THEN_PRODUCT) {
            // the cases, then the amount: their value read back times the other factor
            cell(k, Evaluator.SUM_OF_PAIRS, pc);
            int at = next(Evaluator.SUM_OF_PAIRS, pc);
            k.op(ALOAD_0);
            push(k, c[at]);
            load(k, c[pc]);
            load(k, c[at + 1]);
            k.op(DMUL).op(DASTORE);
            return;
        }
        k.op(ALOAD_0);
        push(k, c[pc]);
        switch (op) {
            case Evaluator.PRODUCT -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                k.op(DMUL);
            }
            case Evaluator.DIFFERENCE -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                k.op(DSUB);
            }
            case Evaluator.DISCOUNT -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                k.op(DCONST_1).op(DADD).op(DDIV);
            }
            case Evaluator.SUM -> {
                k.op(DCONST_0);
                for (int t = 0; t < c[pc + 1]; t++) {
                    load(k, c[pc + 2 + t]);
                    k.op(DADD);
                }
            }
            case Evaluator.SUM_OF_PAIRS -> {
                k.op(DCONST_0);
                for (int t = 0; t < c[pc + 1]; t++) {
                    load(k, c[pc + 2 + 2 * t]);
                    load(k, c[pc + 3 + 2 * t]);
                    k.op(DMUL).op(DADD);
                }
            }
            case Evaluator.POLY -> {
                k.op(DCONST_0);
                int at = pc + 2;
                for (int t = 0; t < c[pc + 1]; t++) {
                    int factors = c[at];
                    k.op(ALOAD_2);
                    push(k, c[at + 1]);
                    k.op(DALOAD);
                    for (int f = 0; f < factors; f++) {
                        load(k, c[at + 2 + f]);
                        k.op(DMUL);
                    }
                    k.op(DADD);
                    at += 2 + factors;
                }
            }
            case Evaluator.LESS_THAN -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                call(k, OWNER, "less", "(DD)D");
            }
            case Evaluator.RATIO_OF -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                call(k, OWNER, "ratio", "(DD)D");
            }
            case Evaluator.IF_NON_NEGATIVE_THEN -> {
                load(k, c[pc + 1]);
                load(k, c[pc + 2]);
                load(k, c[pc + 3]);
                call(k, OWNER, "ifNonNegative", "(DDD)D");
            }
            case Evaluator.MIN_OF -> {
                k.op(ALOAD_0).op(ALOAD_1);
                push(k, pc + 1);
                call(k, OWNER, "minOf", "([D[II)D");
            }
            case Evaluator.BAND_OF -> {
                load(k, c[pc + 1]);
                k.op(ALOAD_2);
                push(k, c[pc + 3]);
                push(k, c[pc + 2]);
                call(k, EVALUATOR, "band", "(D[DII)D");
            }
            default -> {
                k.op(ALOAD_0).op(ALOAD_1).op(ALOAD_2);
                push(k, pc + 2);
                push(k, pc + 2 + c[pc + 1]);
                k.op(ALOAD_3);
                call(k, STACK_MACHINE, "run", "([D[I[DII[D)D");
            }
        }
        k.op(DASTORE);
    }

    /** values[at] onto the operand stack. */
    private void load(ClassFile.Code k, int at) {
        k.op(ALOAD_0);
        push(k, at);
        k.op(DALOAD);
    }

    private void call(ClassFile.Code k, String owner, String name, String descriptor) {
        k.op(INVOKESTATIC).u2(file.methodRef(owner, name, descriptor));
    }

    /** An int constant in the shortest form. */
    private void push(ClassFile.Code k, int value) {
        if (value >= -1 && value <= 5) {
            k.op(0x03 + value); // iconst_m1 .. iconst_5
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            k.op(BIPUSH).op(value & 0xFF);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            k.op(SIPUSH).u2(value & 0xFFFF);
        } else {
            k.op(LDC_W).u2(file.integer(value));
        }
    }

    // What the generated code calls for the cells with a choice in them: the interpreter's own expressions.

    static double less(double a, double b) {
        return a < b ? 1 : 0;
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    static double ifNonNegative(double test, double then, double otherwise) {
        return test >= 0 ? then : otherwise;
    }

    /** The smallest value that is not "none", over code[at] operands following it. */
    static double minOf(double[] values, int[] code, int at) {
        int terms = code[at];
        double min = Double.NaN;
        for (int t = 0; t < terms; t++) {
            double x = values[code[at + 1 + t]];
            if (!Double.isNaN(x) && (Double.isNaN(min) || x < min)) {
                min = x;
            }
        }
        return min;
    }
}
