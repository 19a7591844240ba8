package org.journeyworkbench.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.journeyworkbench.engine.calc.Calculation;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * Monte Carlo over the compiled calculation: each sample draws every input with a range, reorders the
 * correlated ones (Iman–Conover, within blocks), evaluates the headline cells and keeps the metric and each
 * agency's NPV. Samples are drawn in fixed blocks, each with its own generator seeded from the seed and the
 * block's number, and each writes its own place: the same seed gives the same figures on one thread or
 * many. Runs on a pool of its own threads; call it off the JavaFX thread, and it reports progress and
 * stops when asked.
 */
public final class MonteCarlo {
    /** Samples per block: each block has its own random stream and its own Iman–Conover reordering. */
    static final int BLOCK = 2048;
    /** The most samples a run may take (about 8 bytes × (agencies + 1) each are kept). */
    public static final int MAX_SAMPLES = 20_000_000;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /**
     * @param samples how many (default 10,000)
     * @param seed    the seed: the same seed, model and settings give the same figures
     * @param threads how many threads; 0 for one per processor
     */
    public record Settings(int samples, long seed, int threads) {
        public static final int DEFAULT_SAMPLES = 10_000;
        public static final long DEFAULT_SEED = 20121001L;

        public Settings {
            if (samples < 2 || samples > MAX_SAMPLES) {
                throw new ModelException("samples", "must be between 2 and " + String.format("%,d", MAX_SAMPLES)
                        + " (it is " + String.format("%,d", samples) + ")");
            }
            if (threads < 0) {
                throw new ModelException("threads", "must be 0 (one per processor) or more");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_SAMPLES, DEFAULT_SEED, 0);
        }

        public Settings withSamples(int n) {
            return new Settings(n, seed, threads);
        }

        public Settings withSeed(long s) {
            return new Settings(samples, s, threads);
        }

        public Settings withThreads(int t) {
            return new Settings(samples, seed, t);
        }

        int threadCount() {
            return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        }
    }

    /** Told how many samples are done, from the worker threads (a window hands it to its own thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private final UncertainInputs ranges;
    private final Calculation calc;
    private final Metric chosen;
    private final int metric;
    private final int[] agencyCells;
    private final Settings settings;

    private MonteCarlo(UncertainInputs ranges, Metric metric, Settings settings) {
        this.ranges = ranges;
        this.calc = ranges.calculation();
        this.chosen = metric;
        this.metric = metric.index(calc);
        int[] cells = calc.headlineCells().agencyNpv();
        this.agencyCells = new int[cells.length];
        for (int a = 0; a < cells.length; a++) {
            agencyCells[a] = calc.index(cells[a]);
        }
        this.settings = settings;
    }

    /** Runs without progress reports or a way to stop. */
    public static SimulationResult run(UncertainInputs ranges, Metric metric, Settings settings) {
        return run(ranges, metric, settings, Progress.NONE, () -> false);
    }

    /**
     * Runs the simulation.
     *
     * @param progress  told how many samples are done, after each block, from the worker threads
     * @param cancelled asked between blocks; when it says true the run stops
     * @throws CancellationException when stopped by {@code cancelled}
     */
    public static SimulationResult run(UncertainInputs ranges, Metric metric, Settings settings, Progress progress,
                                       BooleanSupplier cancelled) {
        return new MonteCarlo(ranges, metric, settings).run(progress, cancelled);
    }

    /**
     * The inputs' draws of a run, input by input in {@link UncertainInputs} order, without evaluating anything:
     * for checking the sampling (and for a scatter of two inputs).
     */
    public static double[][] draws(UncertainInputs ranges, Settings settings) {
        MonteCarlo mc = new MonteCarlo(ranges, Metric.npv(), settings);
        int n = settings.samples();
        double[][] out = new double[ranges.size()][n];
        Worker w = mc.new Worker();
        for (int b = 0, from = 0; from < n; b++, from += BLOCK) {
            int count = Math.min(BLOCK, n - from);
            w.fill(b, count);
            for (int j = 0; j < out.length; j++) {
                System.arraycopy(w.draws[j], 0, out[j], from, count);
            }
        }
        return out;
    }

    private SimulationResult run(Progress progress, BooleanSupplier cancelled) {
        int n = settings.samples();
        double[] values = new double[n];
        double[][] agencies = new double[agencyCells.length][n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        Runnable worker = () -> {
            Worker w = new Worker();
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                int from = b * BLOCK;
                int count = Math.min(BLOCK, n - from);
                w.block(b, from, count, values, agencies);
                progress.update(done.addAndGet(count), n);
            }
        };
        int threads = Math.min(settings.threadCount(), blocks);
        if (threads <= 1) {
            worker.run();
        } else {
            runOnPool(worker, threads);
        }
        if (cancelled.getAsBoolean() && done.get() < n) {
            throw new CancellationException("the simulation was stopped");
        }
        return result(values, agencies);
    }

    private static void runOnPool(Runnable worker, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the simulation was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private SimulationResult result(double[] values, double[][] agencies) {
        double[] base = ranges.newValues();
        calc.evaluateHeadline(base, calc.newScratch());
        JourneyModel model = calc.model();
        List<SimulationResult.AgencySummary> byAgency = new ArrayList<>();
        for (int a = 0; a < agencyCells.length; a++) {
            Agency agency = model.agencies().get(a);
            byAgency.add(new SimulationResult.AgencySummary(agency.id(), agency.name(), base[agencyCells[a]],
                    Summary.of(agencies[a])));
        }
        Scenario s = ranges.scenario();
        Metric m = chosen;
        return new SimulationResult(m, m.label(model), s == null ? Scenario.BASE_NAME : s.name(), settings.samples(),
                settings.seed(), base[metric], Summary.of(values), byAgency, ranges.notes(), values);
    }

    /** The generator of block {@code b}: its seed mixed from the run's seed and the block's number (SplitMix64). */
    static RandomDataGenerator stream(long seed, int b) {
        long z = seed + (b + 1L) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return RandomDataGenerator.of(new Well19937c(z));
    }

    /** One thread's arrays, reused block after block. */
    private final class Worker {
        final double[] v = ranges.newValues();
        final double[] scratch = calc.newScratch();
        final double[][] draws = new double[ranges.size()][BLOCK];
        final double[] one = new double[ranges.size()];
        final ImanConover reorder = ranges.correlated().length == 0 ? null
                : new ImanConover(ranges.correlated(), ranges.factor());

        /** Draws block {@code b}'s inputs into {@link #draws}: each input in turn, then the reordering. */
        void fill(int b, int count) {
            RandomDataGenerator rng = stream(settings.seed(), b);
            for (int j = 0; j < draws.length; j++) {
                FittedDistribution d = ranges.distribution(j);
                double[] column = draws[j];
                for (int i = 0; i < count; i++) {
                    column[i] = d.sample(rng);
                }
            }
            if (reorder != null) {
                reorder.apply(draws, count, rng);
            }
        }

        void block(int b, int from, int count, double[] values, double[][] agencies) {
            fill(b, count);
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < one.length; j++) {
                    one[j] = draws[j][i];
                }
                ranges.write(one, v);
                calc.evaluateHeadline(v, scratch);
                values[from + i] = v[metric];
                for (int a = 0; a < agencyCells.length; a++) {
                    agencies[a][from + i] = v[agencyCells[a]];
                }
            }
        }
    }

    /**
     * Iman–Conover: reorders each correlated input's draws to the rank order of normal scores given the
     * asked-for correlations, so each input keeps exactly its own draws. The scores' own chance correlations
     * are taken out first (through their Cholesky factor), as Iman and Conover do.
     */
    static final class ImanConover {
        private final int[] columns;
        private final double[][] target;
        private double[] scoresFor = new double[0];

        ImanConover(int[] columns, double[][] target) {
            this.columns = columns;
            this.target = target;
        }

        void apply(double[][] draws, int n, RandomDataGenerator rng) {
            int k = columns.length;
            if (n < k + 2) {
                return; // too few rows to reorder; the last, tiny block stays independent
            }
            double[] a = scores(n);
            double[][] s = new double[k][n];
            for (int j = 0; j < k; j++) {
                int[] perm = rng.nextPermutation(n, n);
                for (int i = 0; i < n; i++) {
                    s[j][i] = a[perm[i]];
                }
            }
            double[][] e = new double[k][k];
            for (int p = 0; p < k; p++) {
                for (int q = 0; q <= p; q++) {
                    double sum = 0;
                    double sp = 0;
                    double sq = 0;
                    for (int i = 0; i < n; i++) {
                        sum += s[p][i] * s[q][i];
                        sp += s[p][i] * s[p][i];
                        sq += s[q][i] * s[q][i];
                    }
                    e[p][q] = sum / Math.sqrt(sp * sq);
                    e[q][p] = e[p][q];
                }
            }
            double[][] qInv = lowerInverse(cholesky(e));
            double[][] m = multiply(target, qInv);
            double[][] t = new double[k][n];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < k; p++) {
                    double sum = 0;
                    for (int q = 0; q < k; q++) {
                        sum += m[p][q] * s[q][i];
                    }
                    t[p][i] = sum;
                }
            }
            long[] keys = new long[n];
            double[] sorted = new double[n];
            for (int p = 0; p < k; p++) {
                double[] column = draws[columns[p]];
                System.arraycopy(column, 0, sorted, 0, n);
                Arrays.sort(sorted, 0, n);
                for (int i = 0; i < n; i++) {
                    keys[i] = rankKey(t[p][i], i);
                }
                Arrays.sort(keys);
                for (int r = 0; r < n; r++) {
                    column[(int) (keys[r] & INDEX_MASK)] = sorted[r];
                }
            }
        }

        /** A block's row numbers fit in the low bits of a sort key. */
        private static final long INDEX_MASK = (1L << 12) - 1;

        /**
         * A long that sorts as the score does, its low bits replaced by the row (only the score's last
         * mantissa bits are lost, which cannot matter to a rank order of 2,048 normal scores): sorting
         * primitives, not boxed indices.
         */
        static long rankKey(double score, int row) {
            long bits = Double.doubleToLongBits(score);
            bits ^= (bits >> 63) & Long.MAX_VALUE;
            return (bits & ~INDEX_MASK) | row;
        }

        /** Van der Waerden scores Φ⁻¹(i / (n + 1)), kept for the common block size. */
        private double[] scores(int n) {
            if (scoresFor.length == n) {
                return scoresFor;
            }
            NormalDistribution normal = new NormalDistribution(0, 1);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = normal.inverseCumulativeProbability((i + 1.0) / (n + 1.0));
            }
            scoresFor = a;
            return a;
        }

        private static double[][] cholesky(double[][] e) {
            int k = e.length;
            double[][] l = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = e[i][j];
                    for (int p = 0; p < j; p++) {
                        sum -= l[i][p] * l[j][p];
                    }
                    l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
                }
            }
            return l;
        }

        private static double[][] lowerInverse(double[][] l) {
            int k = l.length;
            double[][] inv = new double[k][k];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < k; i++) {
                    double sum = i == c ? 1 : 0;
                    for (int p = 0; p < i; p++) {
                        sum -= l[i][p] * inv[p][c];
                    }
                    inv[i][c] = sum / l[i][i];
                }
            }
            return inv;
        }

        private static double[][] multiply(double[][] x, double[][] y) {
            int k = x.length;
            double[][] out = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    for (int p = 0; p < k; p++) {
                        out[i][j] += x[i][p] * y[p][j];
                    }
                }
            }
            return out;
        }
    }
}
