package org.journeyworkbench.engine.prices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;

/**
 * Reads library rows laid out as the starter library: columns
 * {@code id,name,agency,unit,value,priceYear,source,sourceYear,notes} in any order (the first row names them).
 * A row that cannot be read is reported with its row number and left out; the rest are kept.
 */
public final class LibraryTable {
    static final List<String> COLUMNS = List.of("id", "name", "agency", "unit", "value", "priceYear", "source",
            "sourceYear", "notes");

    private LibraryTable() {
    }

    /** The entries read, and one message a row left out ("row 7: the value "abc" is not a number"). */
    public record Read(List<UnitCost> entries, List<String> problems) {
        public Read {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param library the library's name, shown beside each of its figures
     * @throws ModelException when the first row does not name the columns a library needs
     */
    public static Read read(List<CsvRows.Row> rows, String library) {
        if (rows.isEmpty()) {
            throw new ModelException("library", "the file is empty; its first row must name the columns "
                    + String.join(",", COLUMNS));
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            at[k] = header.indexOf(COLUMNS.get(k).toLowerCase(Locale.ROOT));
            if (at[k] < 0 && k <= 6) {
                missing.add(COLUMNS.get(k));
            }
        }
        if (!missing.isEmpty()) {
            throw new ModelException("library", "the first row must name the columns " + String.join(",", COLUMNS)
                    + "; " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing");
        }
        List<UnitCost> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (CsvRows.Row r : rows.subList(1, rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            try {
                UnitCost u = entry(r, at, library);
                if (!ids.add(u.id())) {
                    throw new ModelException("id", "the id \"" + u.id() + "\" is used by an earlier row");
                }
                out.add(u);
            } catch (ModelException e) {
                problems.add("row " + r.number() + ": " + e.problem());
            }
        }
        return new Read(out, problems);
    }

    private static UnitCost entry(CsvRows.Row r, int[] at, String library) {
        String id = get(r, at[0]);
        if (id.isEmpty()) {
            throw new ModelException("id", "the id is empty");
        }
        String name = get(r, at[1]);
        if (name.isEmpty()) {
            throw new ModelException("name", "the name is empty");
        }
        String valueText = get(r, at[4]).replace("£", "").replace(",", "");
        double value;
        try {
            value = Double.parseDouble(valueText);
        } catch (NumberFormatException e) {
            throw new ModelException("value", "the value \"" + get(r, at[4]) + "\" is not a number");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ModelException("value", "the value must be 0 or more (it is " + get(r, at[4]) + ")");
        }
        PriceYear year = PriceYear.parse(get(r, at[5]));
        if (!year.isKnown()) {
            throw new ModelException("priceYear", "the price year is empty");
        }
        String sourceYearText = get(r, at[7]);
        int sourceYear = 0;
        if (!sourceYearText.isEmpty()) {
            try {
                sourceYear = Integer.parseInt(sourceYearText.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                throw new ModelException("sourceYear", "the source year \"" + sourceYearText + "\" is not a year");
            }
        }
        String source = get(r, at[6]);
        // GMCA figures carry their licence's credit in whichever library they are copied to.
        String attribution = source.contains("GMCA") ? UnitCostLibrary.GMCA_ATTRIBUTION : "";
        return new UnitCost(id, name, get(r, at[2]), get(r, at[3]), value, year, source, sourceYear,
                get(r, at[8]), library, attribution);
    }

    private static String get(CsvRows.Row r, int column) {
        return column < 0 ? "" : r.field(column).strip();
    }
}
