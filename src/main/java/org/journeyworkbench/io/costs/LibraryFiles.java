package org.journeyworkbench.io.costs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.journeyworkbench.engine.prices.CsvRows;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.DeflatorTable;
import org.journeyworkbench.engine.prices.LibraryTable;
import org.journeyworkbench.model.ModelException;

/**
 * Reads a user's unit-cost library (CSV, or an .xlsx whose first sheet is laid out as the starter library) and a
 * replacement deflator table (CSV laid out as the bundled one). Problems are {@link ModelException}s naming the
 * file, never a stack trace.
 */
public final class LibraryFiles {
    private LibraryFiles() {
    }

    /** The library's entries and a message for each row left out; the library is named after the file. */
    public static LibraryTable.Read readLibrary(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return LibraryTable.read(rows(file), name);
    }

    /** A deflator table to use instead of the bundled one. */
    public static Deflator readDeflator(Path file) {
        if (isXlsx(file)) {
            throw new ModelException(file.toString(), "a deflator table is read from a CSV file (year,index,basis,"
                    + "source); save the sheet as CSV first");
        }
        try {
            return DeflatorTable.parse(text(file), file.toString());
        } catch (ModelException e) {
            throw new ModelException(file.toString(), e.problem());
        }
    }

    static List<CsvRows.Row> rows(Path file) {
        if (isXlsx(file)) {
            return xlsxRows(file);
        }
        return CsvRows.parse(text(file));
    }

    private static boolean isXlsx(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static String text(Path file) {
        try {
            if (Files.size(file) > 20_000_000) {
                throw new ModelException(file.toString(), "the file is larger than 20 MB; a library or deflator "
                        + "table is far smaller");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ModelException(file.toString(), "the file is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new ModelException(file.toString(), "it could not be read (" + why(e) + ")");
        }
    }

    private static List<CsvRows.Row> xlsxRows(Path file) {
        DataFormatter format = new DataFormatter(Locale.UK);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<CsvRows.Row> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    fields.add(cell == null ? "" : format.formatCellValue(cell));
                }
                out.add(new CsvRows.Row(row.getRowNum() + 1, fields));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelException me) {
                throw me;
            }
            throw new ModelException(file.toString(), "it could not be read as an Excel workbook (" + why(e) + ")");
        }
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "there is no such file";
        }
        return e.getMessage() == null ? "unreadable" : e.getMessage();
    }
}
