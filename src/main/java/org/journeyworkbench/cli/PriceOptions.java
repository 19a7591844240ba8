package org.journeyworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.LibraryTable;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.io.costs.LibraryFiles;
import picocli.CommandLine.Option;

/** A newer deflator release and an organisation's own unit-cost library files, for the commands that use them. */
final class PriceOptions {
    @Option(names = "--deflator", paramLabel = "FILE.csv",
            description = "A newer GDP deflator table laid out as the bundled one (year,index,basis,source), used "
                    + "instead of the bundled one.")
    Path deflatorFile;

    @Option(names = "--library", paramLabel = "FILE", description = {"Your own unit-cost library (CSV, or an .xlsx "
            + "laid out as the starter library), added to the starter one; repeatable.",
            "A row that cannot be read is reported with its row number; the rest are used."})
    List<Path> libraryFiles = new ArrayList<>();

    /**
     * Puts the deflator and library files in use until the returned handle is closed, reporting each unreadable
     * library row on {@code err}.
     */
    AutoCloseable apply(java.io.PrintWriter err) {
        if (deflatorFile != null) {
            Deflator.use(LibraryFiles.readDeflator(deflatorFile));
        }
        UnitCostLibrary library = UnitCostLibrary.starter();
        for (Path file : libraryFiles) {
            LibraryTable.Read read = LibraryFiles.readLibrary(file);
            for (String problem : read.problems()) {
                err.println(Terminal.safe(file + ": " + problem + " (left out)"));
            }
            library = library.plus(read.entries());
        }
        UnitCostLibrary.use(library);
        err.flush();
        return PriceOptions::reset;
    }

    /** Back to the bundled deflator and the starter library (commands run one after another in tests). */
    static void reset() {
        Deflator.use(null);
        UnitCostLibrary.use(null);
    }
}
