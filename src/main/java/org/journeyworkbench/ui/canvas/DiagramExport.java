package org.journeyworkbench.ui.canvas;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.journeyworkbench.io.AtomicFiles;
import org.journeyworkbench.io.FileProblems;
import org.journeyworkbench.ui.files.Prompts;
import org.journeyworkbench.ui.files.Prompts.FileKind;

/**
 * File ▸ Export Diagram…: asks where, and by the file's extension writes a PNG (a picture of the diagram as
 * drawn) or an SVG ({@link SvgWriter}: the same drawing with real text). Written whole or not at all; a
 * failure is said in plain words and nothing is lost.
 */
final class DiagramExport {
    static final List<FileKind> KINDS = List.of(new FileKind("png", "PNG picture (for slides)"),
            new FileKind("svg", "SVG drawing (for slides, text stays text)"));

    private DiagramExport() {
    }

    /** The kind of file a path names: "png" or "svg" (a name with neither gets a PNG). */
    static String kindOf(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? "svg" : "png";
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png") ? p : p.resolveSibling(p.getFileName() + ".png");
    }

    static void writeSvg(DiagramPicture picture, Path out) throws IOException {
        byte[] bytes = SvgWriter.write(picture).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    static void writePng(WritableImage image, Path out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        AtomicFiles.write(out, o -> {
            if (!ImageIO.write(img, "png", o)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** The message for a failed export: what went wrong, in words, and that nothing was lost. */
    static String failure(IOException e) {
        return FileProblems.whyNotWritten(e) + "\n\nNo file was written; your work is still open.";
    }

    static java.util.Optional<Path> ask(Prompts prompts, String suggestedBase) {
        return prompts.fileToSave(suggestedBase + ".png", KINDS).map(DiagramExport::withExtension);
    }
}
