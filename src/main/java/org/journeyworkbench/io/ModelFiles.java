package org.journeyworkbench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.journeyworkbench.engine.validation.ModelValidator;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;

/**
 * Reads and writes model files. Reading never lets anything but {@link ModelFileException} escape for a
 * bad file: not JSON, cut off, empty, too big, too deeply nested, a newer format, a missing or wrong field,
 * or a model that does not hang together.
 */
public final class ModelFiles {
    public static final String FORMAT = "journey-workbench-model";
    public static final int FORMAT_VERSION = 1;
    /** A real model is a few kilobytes; anything this big is not a model and is refused before reading. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxNestingDepth(MAX_NESTING)
                                    .maxNumberLength(40)
                                    .maxStringLength(1_000_000)
                                    .build())
                            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ModelFiles() {
    }

    public static JourneyModel read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (file.toString().isBlank()) {
            throw new ModelFileException("the model file", "", "no file name was given");
        }
        if (file.startsWith("/dev") || file.startsWith("/proc")) {
            name = file.toString(); // "null: is not an ordinary file" named nothing a user would recognise
        }
        try {
            if (Files.isDirectory(file)) {
                throw new ModelFileException(name, "", "is a folder, not a model file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe or a device would block or never end: only an ordinary file can be a model.
                throw new ModelFileException(name, "", "is not an ordinary file (a pipe or a device?); save the model "
                        + "to a file and open that");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelFileException(name, "", "is " + (size / (1024 * 1024))
                        + " MB; a model file is a few kilobytes, so this is not one (files over "
                        + MAX_BYTES / (1024 * 1024) + " MB are refused)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(name, "", "there is no such file");
        } catch (AccessDeniedException e) {
            throw new ModelFileException(name, "", "you do not have permission to read it");
        } catch (IOException e) {
            throw new ModelFileException(name, "", "could not be read: " + FileProblems.whyNotRead(e), e);
        }
    }

    /** Reads a model from a stream, reading at most {@link #MAX_BYTES}; {@code name} is used in messages. */
    public static JourneyModel read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ModelFileException(name, "", "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; a model file is a few kilobytes, so this is not one");
        }
        return parse(bytes, name);
    }

    public static JourneyModel parse(String json, String name) {
        return parse(json.getBytes(StandardCharsets.UTF_8), name);
    }

    private static JourneyModel parse(byte[] bytes, String name) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ModelFileException(name, "", "the file is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            String what = String.valueOf(e.getOriginalMessage()).contains("nesting depth")
                    ? "is nested too deeply (more than " + MAX_NESTING + " levels of brackets)"
                    : "holds a number or text far too long for a model file";
            throw new ModelFileException(name, "", what + "; it is not a Journey Workbench model");
        } catch (JsonEOFException e) {
            throw new ModelFileException(name, "", "the file ends too soon" + where(e.getLocation())
                    + "; it may have been cut off while being copied or saved");
        } catch (JsonParseException e) {
            throw new ModelFileException(name, "", "is not valid JSON" + where(e.getLocation()) + ": "
                    + plainJsonProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ModelFileException(name, "", "could not be read: " + firstLine(e.getMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelFileException(name, "", "the file is empty");
        }
        if (!root.isObject()) {
            throw new ModelFileException(name, "$", "a model file is a JSON object ({ ... }); this is not one");
        }
        checkVersion(root, name);
        ModelJson json;
        try {
            json = MAPPER.treeToValue(root, ModelJson.class);
        } catch (JsonMappingException e) {
            throw new ModelFileException(name, jsonPath(e), wrongType(e));
        } catch (JsonProcessingException e) {
            throw new ModelFileException(name, "", firstLine(e.getOriginalMessage()));
        }
        try {
            JourneyModel model = ModelJsonMapper.toModel(json);
            ModelValidator.requireValid(model);
            org.journeyworkbench.engine.validation.RangeValidator.requireValid(model);
            return model;
        } catch (ModelFileException e) {
            throw e;
        } catch (ModelException e) {
            throw new ModelFileException(name, e.field(), e.problem(), e);
        }
    }

    private static void checkVersion(JsonNode root, String name) {
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new ModelFileException(name, "$.formatVersion", "is missing; a Journey Workbench model file "
                    + "says which format version it is (this version writes " + FORMAT_VERSION + ")");
        }
        if (!version.isIntegralNumber()) {
            throw new ModelFileException(name, "$.formatVersion", "must be a whole number such as "
                    + FORMAT_VERSION);
        }
        if (version.asLong() > FORMAT_VERSION) {
            throw new ModelFileException(name, "$.formatVersion", "the file was written by a newer Journey "
                    + "Workbench (format " + version.asLong() + "; this one reads format " + FORMAT_VERSION
                    + " and older). Update Journey Workbench to open it.");
        }
        if (version.asLong() < 1) {
            throw new ModelFileException(name, "$.formatVersion", version.asLong() + " is not a format version");
        }
    }

    public static String toJson(JourneyModel model) {
        try {
            return MAPPER.writeValueAsString(ModelJsonMapper.toJson(model, "Journey Workbench " + Version.get()))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not turn the model into JSON", e);
        }
    }

    /**
     * Writes the model so a failure part-way leaves the old file whole: a temporary file in the same
     * folder, flushed to disk, then moved over the old one in one step.
     */
    public static void write(JourneyModel model, Path file) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(model).getBytes(StandardCharsets.UTF_8)));
    }

    /** The backup kept beside a saved file: {@code model.json} keeps {@code model.json.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Saves as a user does: safely (see {@link #write}), keeping the previous version as a backup beside it.
     * A save that fails says why in plain words and leaves the old file as it was.
     *
     * @throws ModelFileException naming the file and what went wrong
     */
    public static void save(JourneyModel model, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            AtomicFiles.write(file, out -> out.write(toJson(model).getBytes(StandardCharsets.UTF_8)),
                    backupOf(file));
        } catch (IOException e) {
            throw new ModelFileException(name, "", "could not be saved: " + FileProblems.whyNotWritten(e), e);
        }
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Jackson's parser message without its advice to programmers ("enable X to allow"). */
    private static String plainJsonProblem(String message) {
        String m = firstLine(message);
        if (m.contains("'NaN'") || m.contains("'Infinity'") || m.contains("'-Infinity'") || m.contains("'+Infinity'")) {
            return "NaN and Infinity are not numbers a model can use; write a figure";
        }
        if (m.contains("comment")) {
            return "comments (// or /* */) are not allowed in a model file; remove them";
        }
        // Jackson's advice names its own switches ("Feature 'ALLOW_…' not enabled"): not for a user.
        m = m.replaceAll("\\s*\\([^()]*Feature[^()]*\\)", "");
        int advice = m.indexOf(": enable");
        if (advice < 0) {
            advice = m.indexOf("; enable");
        }
        if (advice >= 0) {
            m = m.substring(0, advice);
        }
        return m.replace("Unexpected character", "unexpected character")
                .replace("Unrecognized token", "unrecognised word");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Jackson's path ("stages" -> 3 -> "unitCost") written as $.stages[3].unitCost. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String wrongType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            Class<?> t = mi.getTargetType();
            if (t == Double.class || t == double.class || t == Integer.class || t == int.class) {
                return "must be a number";
            }
            if (t == String.class) {
                return "must be text";
            }
            if (t == Boolean.class || t == boolean.class) {
                return "must be true or false";
            }
            if (java.util.List.class.isAssignableFrom(t)) {
                return "must be a list [ ... ]";
            }
            if (java.util.Map.class.isAssignableFrom(t) || t.isRecord()) {
                return "must be an object { ... }";
            }
        }
        return "has the wrong kind of value: " + firstLine(e.getOriginalMessage());
    }
}
