package org.journeyworkbench.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.GeneratedModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Excel export in memory: {@code ExcelExport.build} (compile, evaluate, write every sheet's formulas
 * with the engine's values cached) and writing the workbook to a byte array. The disk is left out so the
 * figures do not depend on the shared machine's file system. See docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    @State(Scope.Benchmark)
    public static class Barnet {
        JourneyModel model;

        @Setup
        public void load() {
            model = ModelFiles.read(Path.of("sample-models/barnet-2012.json"));
        }
    }

    @State(Scope.Benchmark)
    public static class Generated {
        @Param({"100", "250", "500", "1000", "2000", "4000"})
        int stages;
        JourneyModel model;

        @Setup
        public void build() {
            model = GeneratedModels.journey(stages, 5, 42);
        }
    }

    static byte[] export(JourneyModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (XSSFWorkbook wb = ExcelExport.build(model, null)) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    @Benchmark
    public byte[] barnet(Barnet state) throws IOException {
        return export(state.model);
    }

    @Benchmark
    public byte[] generated(Generated state) throws IOException {
        return export(state.model);
    }
}
