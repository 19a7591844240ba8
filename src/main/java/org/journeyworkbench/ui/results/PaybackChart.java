package org.journeyworkbench.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.journeyworkbench.engine.result.AppraisalResult;
import org.journeyworkbench.model.Money;

/**
 * The cumulative discounted net by appraisal year, drawn small: a line that starts with year 0's net and,
 * if the initiatives pay back, crosses the zero line (always shown, drawn dark); the payback year marked with
 * a dashed line. Drawn on a canvas so that it can place every label where it fits at any width (the first
 * and last year labels kept inside the chart, the ones between thinned out when they would touch), and
 * redrawn in place as figures move. Resting the pointer on it names the year and its figure.
 */
final class PaybackChart extends Region {
    private static final Color GOOD = Color.web("#1B7F3B");
    private static final Color BAD = Color.web("#B00020");
    private static final Color GRID = Color.web("#E3E6EA");
    private static final Color TEXT = Color.web("#555555");
    private static final Font LABELS = Font.font("System", 11);
    private static final Font MARKER = Font.font("System", FontWeight.BOLD, 11);
    private static final double TOP = 16;
    private static final double BOTTOM = 20;
    private static final double RIGHT = 8;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private List<Double> values = List.of();
    private List<String> labels = List.of();
    private Integer paybackYear;
    private String markerText = "";
    private double npv;
    /** Where the plot was last drawn, for finding the year under the pointer. */
    private double plotLeft;
    private double band = 1;

    PaybackChart() {
        setId("paybackChart");
        setMinSize(180, 110);
        setPrefSize(300, 160);
        getChildren().add(canvas);
        Tooltip.install(this, tip);
        setOnMouseMoved(e -> {
            int k = (int) Math.floor((e.getX() - plotLeft) / band);
            if (k >= 0 && k < values.size()) {
                tip.setText(labels.get(k) + ": " + Money.format(values.get(k)) + " cumulative discounted net");
            }
        });
    }

    /** Shows the appraisal's years; the payback year marked with {@code marker}. */
    void show(AppraisalResult a, String marker) {
        List<Double> v = new ArrayList<>(a.years().size());
        List<String> l = new ArrayList<>(a.years().size());
        for (AppraisalResult.AppraisalYear y : a.years()) {
            v.add(y.cumulativePresentValue());
            l.add(y.label());
        }
        values = v;
        labels = l;
        paybackYear = a.paybackYear();
        markerText = marker;
        npv = a.npv();
        setAccessibleText(v.isEmpty() ? "Chart of the cumulative discounted net by year" : "Chart of the cumulative "
                + "discounted net by year, from " + Money.format(v.get(0)) + " in " + l.get(0) + " to "
                + Money.format(v.get(v.size() - 1)) + " in " + l.get(l.size() - 1) + ". " + marker);
        draw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (values.isEmpty() || w < 40 || h < 40) {
            return;
        }
        double lo = 0;
        double hi = 0;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi - lo < 1) {
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / 3);
        double top = Math.ceil(hi / step) * step;
        double bottom = Math.floor(lo / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double t = bottom; t <= top + step / 2; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        double axisWidth = 0;
        for (double t : ticks) {
            axisWidth = Math.max(axisWidth, width(Money.format(t), LABELS));
        }
        plotLeft = axisWidth + 8;
        double plotW = w - plotLeft - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 20 || plotH < 20) {
            return;
        }
        int n = values.size();
        band = plotW / n;
        double scale = plotH / (top - bottom);
        // The value axis: light grid lines with their figures, and the zero line drawn dark.
        g.setFont(LABELS);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setLineDashes();
        for (double t : ticks) {
            double y = TOP + (top - t) * scale;
            g.setStroke(t == 0 ? Color.web("#333333") : GRID);
            g.setLineWidth(t == 0 ? 1.2 : 1);
            g.strokeLine(plotLeft, snap(y), plotLeft + plotW, snap(y));
            g.setFill(TEXT);
            g.fillText(Money.format(t), plotLeft - 5, y);
        }
        // The years: as many labels as fit, the first and last kept inside the chart.
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double labelWidth = 0;
        for (String l : labels) {
            labelWidth = Math.max(labelWidth, width(l, LABELS));
        }
        int every = Math.max(1, (int) Math.ceil((labelWidth + 8) / band));
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k += every) {
            double lw = width(labels.get(k), LABELS);
            double x = plotLeft + (k + 0.5) * band - lw / 2;
            x = Math.max(plotLeft, Math.min(x, w - lw - 1));
            if (x >= lastEnd + 6) {
                g.fillText(labels.get(k), x, TOP + plotH + 6);
                lastEnd = x + lw;
            }
        }
        // The payback year, marked where the line first reaches zero.
        if (paybackYear != null && paybackYear < n) {
            double x = snap(plotLeft + (paybackYear + 0.5) * band);
            g.setStroke(GOOD);
            g.setLineWidth(1.5);
            g.setLineDashes(5, 4);
            g.strokeLine(x, TOP - 2, x, TOP + plotH);
            g.setLineDashes();
            g.setFont(MARKER);
            g.setFill(GOOD);
            double mw = width(markerText, MARKER);
            double mx = x + 4 + mw <= w ? x + 4 : x - 4 - mw;
            g.setTextBaseline(VPos.TOP);
            g.fillText(markerText, Math.max(0, mx), 0);
        }
        // The line, then a dot a year (when there is room for them), red while still below zero.
        g.setStroke(npv < -0.5 ? BAD : GOOD);
        g.setLineWidth(2.5);
        g.beginPath();
        for (int k = 0; k < n; k++) {
            double x = plotLeft + (k + 0.5) * band;
            double y = TOP + (top - values.get(k)) * scale;
            if (k == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        if (band >= 10) {
            for (int k = 0; k < n; k++) {
                double x = plotLeft + (k + 0.5) * band;
                double y = TOP + (top - values.get(k)) * scale;
                g.setFill(Color.WHITE);
                g.fillOval(x - 3.5, y - 3.5, 7, 7);
                g.setStroke(values.get(k) < -0.5 ? BAD : GOOD);
                g.setLineWidth(2);
                g.strokeOval(x - 3.5, y - 3.5, 7, 7);
            }
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
