package org.journeyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.cli.Cli;
import org.journeyworkbench.io.ModelFiles;
import org.journeyworkbench.io.Version;
import org.journeyworkbench.io.xlsx.ExcelExport;
import org.journeyworkbench.ui.files.FileActions;
import org.junit.jupiter.api.Test;

/** --version, Help ▸ About, the workbook's properties and a saved model's savedBy all give the pom's version. */
class OneVersionTest {
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>journey-workbench</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), "the pom's own version");
        return m.group(1);
    }

    @Test
    void everyPlaceShowsThePomsVersion() throws Exception {
        String expected = "Journey Workbench " + pomVersion();
        assertEquals(pomVersion(), Version.get());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8), err));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).strip());

        assertTrue(AboutText.text().startsWith(expected + "\n"), AboutText.text());
        assertTrue(ModelFiles.toJson(FileActions.barnet()).contains("\"savedBy\" : \"" + expected + "\""));
        try (XSSFWorkbook wb = ExcelExport.build(FileActions.barnet(), null)) {
            assertEquals(expected, wb.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void aboutNamesTheLicencesOfWhatIsBundled() {
        String about = AboutText.text();
        for (String licence : new String[] {"GPL v2 with the Classpath Exception", "Apache License 2.0",
                "BSD 3-Clause", "CC BY 4.0", "Open Government Licence v3.0"}) {
            assertTrue(about.contains(licence), licence);
        }
        assertTrue(about.contains("Apache POI") && about.contains("OpenJFX") && about.contains("Jackson"));
        assertTrue(about.contains("not Barnet's data"), "the sample's caveat stays in About");
    }
}
