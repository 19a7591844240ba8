package org.journeyworkbench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.model.JourneyModel;

/** The bundled sample models, read from the repository's sample-models folder. */
public final class Samples {
    public static final Path FOLDER = Path.of("sample-models");
    public static final Path BARNET = FOLDER.resolve("barnet-2012.json");
    public static final Path TAMESIDE = FOLDER.resolve("tameside-personalised-budgets-2011.json");

    private Samples() {
    }

    public static JourneyModel barnet() {
        return ModelFiles.read(BARNET);
    }

    public static JourneyModel tameside() {
        return ModelFiles.read(TAMESIDE);
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
