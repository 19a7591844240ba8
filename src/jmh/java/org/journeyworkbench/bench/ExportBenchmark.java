package org.journeyworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.GeneratedModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One Excel export to a file: build the workbook, evaluate and cache every formula, write it safely. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ExportBenchmark {
    JourneyModel barnet;
    JourneyModel generated;
    Path out;

    @Setup
    public void load() throws IOException {
        barnet = ModelFiles.read(Path.of("sample-models/barnet-2012.json"));
        generated = GeneratedModels.journey(1000, 5, 42);
        out = Files.createTempFile(Path.of("target"), "bench", ".xlsx");
    }

    @Benchmark
    public long barnet() throws IOException {
        ExcelExport.write(barnet, null, out);
        return Files.size(out);
    }

    @Benchmark
    public long generated1000Stages() throws IOException {
        ExcelExport.write(generated, null, out);
        return Files.size(out);
    }
}
