package org.journeyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Cases from the outside attack on the jar: each answered in one plain line with the right exit code. */
class HostileInputTest {
    @Test
    void aMistypedCommandIsACommandLineAnswerNotAWindow() {
        assertTrue(Cli.isCommandLine(new String[] {"computee", "model.json"}));
        assertTrue(Cli.isCommandLine(new String[] {"computee"}));
        assertFalse(Cli.isCommandLine(new String[] {"my-model.json"}));
        assertFalse(Cli.isCommandLine(new String[] {}));
        CliTest.Run r = CliTest.run("computee", Samples.BARNET.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipeAsTheModelIsRefusedAtOnceInsteadOfWaitingForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("model.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() != 0) {
            return; // no mkfifo here: nothing to test
        }
        CliTest.Run r = CliTest.run("compute", fifo.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("not an ordinary file"), r.err());
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorNotASuccess() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"compute", Samples.BARNET.toString(), "--format", "json"},
                new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.UNEXPECTED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unexpected error: the output could not be written"));
    }
}
