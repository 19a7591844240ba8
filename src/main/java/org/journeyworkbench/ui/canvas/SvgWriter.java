package org.journeyworkbench.ui.canvas;

import java.util.List;
import java.util.Locale;
import org.journeyworkbench.engine.layout.Box;
import org.journeyworkbench.engine.layout.Point;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.ui.canvas.DiagramPicture.BoxPicture;
import org.journeyworkbench.ui.canvas.DiagramPicture.EdgePicture;

/**
 * Writes a {@link DiagramPicture} as an SVG document: the same boxes, arrows, links and labels as the
 * window, with every text as real text (it can be edited and searched in a slide). Our own few lines rather
 * than a library: the picture is rectangles, lines and text, and SVG for those is plain XML.
 */
public final class SvgWriter {
    private static final double MARGIN = 20;
    private static final double LEGEND_H = 30;
    private static final String FONT = "font-family=\"Segoe UI, Helvetica, Arial, sans-serif\"";

    private SvgWriter() {
    }

    public static String write(DiagramPicture p) {
        Box b = p.bounds();
        double dx = MARGIN - b.x();
        double dy = MARGIN + LEGEND_H - b.y();
        double w = b.w() + 2 * MARGIN;
        double h = b.h() + 2 * MARGIN + LEGEND_H;
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\">%n", w, h, w, h));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
        legend(s, p.agencies());
        s.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f)\">%n", dx, dy));
        for (EdgePicture e : p.edges()) {
            edge(s, e);
        }
        for (BoxPicture box : p.boxes()) {
            box(s, box);
        }
        for (EdgePicture e : p.edges()) {
            if (!e.isLink() && !e.label().isEmpty()) {
                label(s, e);
            }
        }
        s.append("</g>\n</svg>\n");
        return s.toString();
    }

    private static void legend(StringBuilder s, List<Agency> agencies) {
        double x = MARGIN;
        s.append(text(x, MARGIN + 4, "Agencies:", 12, true, "start"));
        x += 70;
        for (Agency a : agencies) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"3\""
                    + " fill=\"%s\"/>%n", x, MARGIN - 7, colour(a.colour())));
            s.append(text(x + 20, MARGIN + 4, a.name(), 12, false, "start"));
            x += 20 + a.name().length() * 7 + 16;
        }
    }

    private static void edge(StringBuilder s, EdgePicture e) {
        String stroke = e.isLink() ? "#8C96A3" : "#3D4652";
        s.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(e.isLink() ? "1.4\" stroke-dasharray=\"6 5\"" : "2.2\"").append(" points=\"");
        for (Point pt : e.points()) {
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", pt.x(), pt.y()));
        }
        s.append("\"/>\n");
        if (!e.isLink()) {
            Point end = e.points().get(e.points().size() - 1);
            Point before = e.points().get(e.points().size() - 2);
            double angle = Math.toDegrees(Math.atan2(end.y() - before.y(), end.x() - before.x()));
            s.append(String.format(Locale.ROOT, "<polygon points=\"0,0 -12,-6 -12,6\" fill=\"%s\""
                    + " transform=\"translate(%.1f %.1f) rotate(%.1f)\"/>%n", stroke, end.x(), end.y(), angle));
        }
    }

    private static void box(StringBuilder s, BoxPicture b) {
        Box r = b.box();
        String fill = switch (b.selection().kind()) {
            case STAGE -> "#FFFFFF";
            case INITIATIVE -> "#FFF8E1";
            default -> "#EEF3FA";
        };
        s.append(String.format(Locale.ROOT, "<g%s>%n", b.dimmed() ? " opacity=\"0.55\"" : ""));
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\""
                        + " fill=\"%s\" stroke=\"#7A8594\" stroke-width=\"1.5\"%s/>%n", r.x(), r.y(), r.w(), r.h(), fill,
                b.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"%.1f\" fill=\"%s\"/>%n",
                r.x() + 0.75, r.y() + 0.75, r.h() - 1.5, colour(b.accent())));
        double x = r.x() + 14;
        s.append(text(x, r.y() + 20, b.text().heading(), 13, true, "start"));
        s.append(text(x, r.y() + 38, b.text().second(), 12, false, "start"));
        s.append(text(x, r.y() + 55, b.text().third(), 12, false, "start"));
        s.append("</g>\n");
    }

    private static void label(StringBuilder s, EdgePicture e) {
        String[] lines = e.label().split("\n");
        Point mid = org.journeyworkbench.engine.layout.ArrowRouter.middle(e.points());
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.length());
        }
        double w = longest * 6.6 + 8;
        double h = lines.length * 15 + 4;
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\""
                + " fill=\"#FFFFFF\" fill-opacity=\"0.92\"/>%n", mid.x() - w / 2, mid.y() - h / 2, w, h));
        for (int i = 0; i < lines.length; i++) {
            s.append(text(mid.x(), mid.y() - h / 2 + 14 + i * 15, lines[i], 12, false, "middle"));
        }
    }

    private static String text(double x, double y, String text, int size, boolean bold, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"%d\"%s text-anchor=\"%s\""
                + " fill=\"#1A1A1A\">%s</text>%n", x, y, FONT, size, bold ? " font-weight=\"bold\"" : "", anchor,
                escape(text));
    }

    /** Text as XML character data: the five characters XML reserves, and nothing a parser refuses. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A model colour ("#RRGGBB") as SVG wants it; anything else becomes grey rather than breaking the file. */
    private static String colour(String c) {
        return c != null && c.matches("#[0-9A-Fa-f]{3,8}") ? c : "#808080";
    }
}
