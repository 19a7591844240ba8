package org.journeyworkbench.engine.calc;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the JVM class-file format (JVMS chapter 4) to write a final class with a no-argument
 * constructor and methods of straight-line code: no fields, no branches (so no stack map frames), no
 * exception handlers. {@link BytecodeCompiler} uses it to turn a small program into Java bytecode; the JDK 17
 * has no public class-file API, and one library for a hundred lines of byte layout is not worth its weight.
 */
final class ClassFile {
    /** Class-file version 52 (Java 8): old enough that straight-line code needs no stack map frames. */
    private static final int MAJOR_VERSION = 52;
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_PRIVATE = 0x0002;
    private static final int ACC_STATIC = 0x0008;
    private static final int ACC_FINAL = 0x0010;
    private static final int ACC_SUPER = 0x0020;

    // The constant pool: each entry's bytes, numbered from 1, shared when asked for twice.
    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> entries = new HashMap<>();
    private int poolCount = 1;

    private final String name;
    private final int thisClass;
    private final int superClass;
    private final int[] interfaces;
    private final List<byte[]> methods = new ArrayList<>();

    /** @param name the internal name, e.g. {@code org/journeyworkbench/engine/calc/Generated} */
    ClassFile(String name, String... interfaceNames) {
        this.name = name;
        thisClass = classRef(name);
        superClass = classRef("java/lang/Object");
        interfaces = new int[interfaceNames.length];
        for (int k = 0; k < interfaceNames.length; k++) {
            interfaces[k] = classRef(interfaceNames[k]);
        }
        // public <init>() { super(); }
        Code init = new Code();
        // aload_0, invokespecial Object.<init>, return
        init.op(0x2a).op(0xb7).u2(methodRef("java/lang/Object", "<init>", "()V")).op(0xb1);
        method(ACC_PUBLIC, "<init>", "()V", init, 1, 1);
    }

    String name() {
        return name;
    }

    /** A public instance method (implementing an interface's). */
    void publicMethod(String methodName, String descriptor, Code code, int maxStack, int maxLocals) {
        method(ACC_PUBLIC, methodName, descriptor, code, maxStack, maxLocals);
    }

    /** A private static method. */
    void privateStaticMethod(String methodName, String descriptor, Code code, int maxStack, int maxLocals) {
        method(ACC_PRIVATE | ACC_STATIC, methodName, descriptor, code, maxStack, maxLocals);
    }

    private void method(int access, String methodName, String descriptor, Code code, int maxStack, int maxLocals) {
        byte[] body = code.bytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeShort(access);
            out.writeShort(utf8(methodName));
            out.writeShort(utf8(descriptor));
            out.writeShort(1); // one attribute: Code
            out.writeShort(utf8("Code"));
            out.writeInt(12 + body.length);
            out.writeShort(maxStack);
            out.writeShort(maxLocals);
            out.writeInt(body.length);
            out.write(body);
            out.writeShort(0); // no exception handlers
            out.writeShort(0); // no attributes
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        methods.add(bytes.toByteArray());
    }

    /** The whole class file. */
    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(MAJOR_VERSION);
            out.writeShort(poolCount);
            pool.writeTo(out);
            out.writeShort(ACC_FINAL | ACC_SUPER);
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(interfaces.length);
            for (int i : interfaces) {
                out.writeShort(i);
            }
            out.writeShort(0); // no fields
            out.writeShort(methods.size());
            for (byte[] m : methods) {
                out.write(m);
            }
            out.writeShort(0); // no attributes
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    int utf8(String s) {
        return entry("U" + s, out -> {
            out.writeByte(1);
            out.writeUTF(s);
        }, 1);
    }

    int classRef(String internalName) {
        int n = utf8(internalName);
        return entry("C" + internalName, out -> {
            out.writeByte(7);
            out.writeShort(n);
        }, 1);
    }

    int methodRef(String owner, String methodName, String descriptor) {
        int c = classRef(owner);
        int n = utf8(methodName);
        int d = utf8(descriptor);
        int nameAndType = entry("N" + methodName + descriptor, out -> {
            out.writeByte(12);
            out.writeShort(n);
            out.writeShort(d);
        }, 1);
        return entry("M" + owner + "." + methodName + descriptor, out -> {
            out.writeByte(10);
            out.writeShort(c);
            out.writeShort(nameAndType);
        }, 1);
    }

    int integer(int value) {
        return entry("I" + value, out -> {
            out.writeByte(3);
            out.writeInt(value);
        }, 1);
    }

    private interface EntryWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private int entry(String key, EntryWriter writer, int slots) {
        Integer at = entries.get(key);
        if (at != null) {
            return at;
        }
        if (poolCount + slots > 0xFFFF) {
            throw new IllegalStateException("constant pool full");
        }
        try {
            writer.write(poolOut);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int index = poolCount;
        poolCount += slots;
        entries.put(key, index);
        return index;
    }

    /** A method body being written: opcodes and their operands. */
    static final class Code {
        private byte[] data = new byte[256];
        private int size;

        Code op(int opcode) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = (byte) opcode;
            return this;
        }

        Code u2(int value) {
            return op(value >>> 8).op(value & 0xFF);
        }

        int size() {
            return size;
        }

        void append(Code other) {
            for (int k = 0; k < other.size; k++) {
                op(other.data[k]);
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
