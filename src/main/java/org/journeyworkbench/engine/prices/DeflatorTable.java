package org.journeyworkbench.engine.prices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.PriceYear;

/**
 * Reads a deflator table laid out as the bundled one: columns {@code year,index,basis,source}, a financial year
 * written {@code 2010-11} (or {@code 2010/11}), a calendar year {@code 2012}; a year with no index level
 * (a forecast row) is left out. Each basis's release is the text of its rows' source up to the first ";".
 * Unlike a library, a deflator with an unreadable row is refused whole: a gap would uprate wrongly.
 */
public final class DeflatorTable {
    private DeflatorTable() {
    }

    public static Deflator parse(String csv, String origin) {
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        if (rows.isEmpty()) {
            throw new ModelException("deflator", "the file is empty; it needs the columns year,index,basis,source");
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase()).toList();
        int year = header.indexOf("year");
        int index = header.indexOf("index");
        int basis = header.indexOf("basis");
        int source = header.indexOf("source");
        if (year < 0 || index < 0) {
            throw new ModelException("deflator", "the first row must name the columns year,index,basis,source "
                    + "(it is \"" + String.join(",", rows.get(0).fields()) + "\")");
        }
        Map<Integer, Double> fin = new HashMap<>();
        Map<Integer, Double> cal = new HashMap<>();
        String finRelease = "";
        String calRelease = "";
        for (CsvRows.Row r : rows.subList(1, rows.size())) {
            if (r.isBlank()) {
                continue;
            }
            String where = "row " + r.number();
            PriceYear y;
            try {
                y = PriceYear.parse(r.field(year));
            } catch (ModelException e) {
                throw new ModelException("deflator", where + ": " + e.problem());
            }
            if (!y.isKnown()) {
                throw new ModelException("deflator", where + ": the year is empty");
            }
            String b = basis < 0 ? "" : r.field(basis).strip().toLowerCase();
            if (!b.isEmpty() && !b.equals(y.basis())) {
                throw new ModelException("deflator", where + ": " + y.label() + " is a " + y.basis() + " year but "
                        + "the basis says " + b);
            }
            String text = r.field(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new ModelException("deflator", where + ": the index \"" + text + "\" is not a number");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new ModelException("deflator", where + ": the index must be above 0 (it is " + text + ")");
            }
            Map<Integer, Double> into = y.financial() ? fin : cal;
            if (into.put(y.start(), v) != null) {
                throw new ModelException("deflator", where + ": " + y.label() + " is listed twice");
            }
            String release = source < 0 ? "" : release(r.field(source));
            if (y.financial() && finRelease.isEmpty()) {
                finRelease = release;
            } else if (!y.financial() && calRelease.isEmpty()) {
                calRelease = release;
            }
        }
        String unnamed = "GDP deflator from " + origin;
        return new Deflator(new Deflator.Series(true, finRelease.isEmpty() ? unnamed : finRelease, fin),
                new Deflator.Series(false, calRelease.isEmpty() ? unnamed : calRelease, cal), origin);
    }

    private static String release(String source) {
        String s = source.strip();
        int semi = s.indexOf(';');
        return semi < 0 ? s : s.substring(0, semi).strip();
    }
}
