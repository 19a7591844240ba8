package org.journeyworkbench.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a set of simulated figures says: mean, standard deviation, percentiles, the chance of being above
 * zero, the standard error of the mean, a histogram and a cumulative curve. Percentiles interpolate between
 * the sorted samples as a spreadsheet's PERCENTILE.INC does.
 */
public record Summary(double mean, double sd, double p5, double p10, double p50, double p90, double p95,
                      double probabilityPositive, double standardError, double min, double max, List<Bin> histogram,
                      List<Point> cumulative) {
    /** The default number of histogram bars. */
    public static final int BINS = 40;

    /** A histogram bar: the samples at or above {@code from} and below {@code to} (the last bar includes its top). */
    public record Bin(double from, double to, long count) {
    }

    /** A point of the cumulative curve: the chance that the figure is at or below {@code value}. */
    public record Point(double value, double probability) {
    }

    public Summary {
        histogram = List.copyOf(histogram);
        cumulative = List.copyOf(cumulative);
    }

    /** Summarises samples (in sample order, which the sums follow, so the result does not depend on threads). */
    public static Summary of(double[] samples) {
        int n = samples.length;
        double sum = 0;
        long positive = 0;
        for (double x : samples) {
            sum += x;
            if (x > 0) {
                positive++;
            }
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        boolean allSame = sorted[0] == sorted[n - 1];
        double mean = allSame ? sorted[0] : sum / n; // no rounding residue when nothing varies
        double squares = 0;
        for (double x : samples) {
            squares += (x - mean) * (x - mean);
        }
        double sd = n > 1 && !allSame ? Math.sqrt(squares / (n - 1)) : 0;
        List<Point> curve = new ArrayList<>(101);
        for (int k = 0; k <= 100; k++) {
            curve.add(new Point(percentile(sorted, k / 100.0), k / 100.0));
        }
        return new Summary(mean, sd, percentile(sorted, 0.05), percentile(sorted, 0.10), percentile(sorted, 0.50),
                percentile(sorted, 0.90), percentile(sorted, 0.95), (double) positive / n, sd / Math.sqrt(n),
                sorted[0], sorted[n - 1], histogram(sorted, BINS), curve);
    }

    /** PERCENTILE.INC: the value at rank p (n - 1) in the sorted samples, interpolated between neighbours. */
    public static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        double frac = rank - below;
        return sorted[below] + frac * (sorted[above] - sorted[below]);
    }

    /** Equal-width bars from the smallest to the largest sample; one bar when they are all the same. */
    public static List<Bin> histogram(double[] sorted, int bins) {
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        if (!(hi > lo)) {
            return List.of(new Bin(lo, hi, sorted.length));
        }
        long[] counts = new long[bins];
        double width = (hi - lo) / bins;
        for (double x : sorted) {
            int b = (int) ((x - lo) / width);
            counts[Math.min(Math.max(b, 0), bins - 1)]++;
        }
        List<Bin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            out.add(new Bin(lo + b * width, b == bins - 1 ? hi : lo + (b + 1) * width, counts[b]));
        }
        return out;
    }
}
