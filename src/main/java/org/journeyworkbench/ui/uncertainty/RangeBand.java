package org.journeyworkbench.ui.uncertainty;

import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.journeyworkbench.engine.uncertainty.FittedDistribution;

/**
 * A thin band under a slider's track showing the input's range: pale from its lowest to its highest value,
 * darker from its P10 to its P90, lined up with the slider's own scale. Hidden when the input has no range.
 */
public final class RangeBand extends Pane {
    /** Where the track starts and ends inside the slider: half the thumb's width (Modena's thumb). */
    private static final double INSET = 8;
    private final Slider slider;
    private final Region whole = new Region();
    private final Region middle = new Region();
    private final Tooltip tip = new Tooltip();
    private FittedDistribution range;

    public RangeBand(Slider slider, String id) {
        this.slider = slider;
        setId(id);
        getStyleClass().add("range-band");
        whole.getStyleClass().add("range-band-whole");
        middle.getStyleClass().add("range-band-middle");
        getChildren().addAll(whole, middle);
        setMinHeight(5);
        setPrefHeight(5);
        setMaxHeight(5);
        managedProperty().bind(visibleProperty());
        slider.minProperty().addListener((o, was, now) -> requestLayout());
        slider.maxProperty().addListener((o, was, now) -> requestLayout());
        slider.widthProperty().addListener((o, was, now) -> requestLayout());
        show(null, "");
    }

    /** Shows a range (null for none); {@code words} becomes the band's tooltip. */
    public void show(FittedDistribution fitted, String words) {
        range = fitted;
        setVisible(fitted != null);
        tip.setText(words);
        Tooltip.install(this, tip);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (range == null) {
            return;
        }
        double h = getHeight();
        double lowest = x(lowest(range));
        double highest = x(highest(range));
        double p10 = x(range.quantile(0.1));
        double p90 = x(range.quantile(0.9));
        whole.resizeRelocate(lowest, 1, Math.max(1, highest - lowest), h - 2);
        middle.resizeRelocate(p10, 0, Math.max(2, p90 - p10), h);
    }

    /**
     * The lowest value drawn: the range's own low end, or for a bell curve (cut off only at the input's valid
     * range, which may be £0 or unbounded) its P0.5.
     */
    public static double lowest(FittedDistribution f) {
        return curve(f) ? f.quantile(0.005) : f.lowest();
    }

    /** The highest value drawn: the range's high end, or a bell curve's P99.5 (a slider's scale stretches to it). */
    public static double highest(FittedDistribution f) {
        return curve(f) ? f.quantile(0.995) : f.highest();
    }

    private static boolean curve(FittedDistribution f) {
        String kind = f.spec().kind();
        return kind.equals("normal") || kind.equals("lognormal");
    }

    /** The x of a value on the slider's scale, clamped to the track. */
    private double x(double v) {
        double min = slider.getMin();
        double max = slider.getMax();
        double track = Math.max(1, slider.getWidth() - 2 * INSET);
        double f = max > min ? (v - min) / (max - min) : 0;
        return Math.round(INSET + Math.max(0, Math.min(1, f)) * track);
    }
}
