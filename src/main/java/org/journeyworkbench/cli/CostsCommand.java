package org.journeyworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.journeyworkbench.engine.prices.Deflator;
import org.journeyworkbench.engine.prices.PriceBase;
import org.journeyworkbench.engine.prices.UnitCost;
import org.journeyworkbench.engine.prices.UnitCostLibrary;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.PriceYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "costs", description = {"List the unit-cost library (the starter library bundled with the workbench "
        + "and any --library files): value, price year, source, GMCA confidence and notes.",
        "With --price-base, also each value uprated to that year by the GDP deflator."})
final class CostsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SEARCH",
            description = "Only entries whose name, agency, unit, source or notes contain every word, e.g. \"arrest\".")
    String search;

    @Option(names = "--price-base", paramLabel = "YEAR",
            description = "Also show each value in this year's prices, e.g. 2012-13 (financial) or 2012 (calendar).")
    String priceBase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), csv or json.")
    String format;

    @Option(names = {"-h", "--help"}, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    PriceOptions prices;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (AutoCloseable in = prices.apply(spec.commandLine().getErr())) {
            Deflator deflator = Deflator.inUse();
            if (help) {
                // The footer names the deflator release in use, which is only known once --deflator is read.
                spec.usageMessage().footer("", "Deflator in use: " + deflator.name() + " (" + deflator.coverage()
                        + "; " + deflator.origin() + ").", "Contains data from the GMCA Unit Cost Database, licensed "
                        + "under CC BY 4.0; HM Treasury GDP deflators, Open Government Licence v3.0.");
                spec.commandLine().usage(out);
                return Cli.OK;
            }
            PriceBase base = base(deflator);
            List<UnitCost> entries = UnitCostLibrary.inUse().search(search);
            switch (format.toLowerCase(Locale.ROOT)) {
                case "table" -> table(out, entries, base);
                case "csv" -> csv(out, entries, base);
                case "json" -> out.println(json(entries, base));
                default -> throw new UsageProblem("--format: \"" + format + "\" is not a format; use table, csv or "
                        + "json");
            }
            out.flush();
        }
        return Cli.OK;
    }

    private PriceBase base(Deflator deflator) {
        if (priceBase == null) {
            return null;
        }
        PriceYear y;
        try {
            y = PriceYear.parse(priceBase);
        } catch (ModelException e) {
            throw new UsageProblem("--price-base: " + e.problem());
        }
        try {
            deflator.index(y);
        } catch (ModelException e) {
            throw new UsageProblem("--price-base: " + e.problem());
        }
        return PriceBase.of(y.label(), deflator);
    }

    /** The value in the price base, or null when there is none or it cannot be uprated. */
    private static Double inBase(UnitCost u, PriceBase base) {
        if (base == null || base.problem(u.priceYear()) != null) {
            return null;
        }
        return u.value() * base.factor(u.priceYear());
    }

    private void table(java.io.PrintWriter out, List<UnitCost> entries, PriceBase base) {
        String inBase = base == null ? "" : "In " + base.year().label();
        out.println(Terminal.safe(String.format("%-28s %-60s %12s %-8s %12s %-6s", "Id", "Name", "Value", "Year",
                inBase, "RAG")));
        for (UnitCost u : entries) {
            Double b = inBase(u, base);
            out.println(Terminal.safe(String.format("%-28s %-60s %12s %-8s %12s %-6s", u.id(), cut(u.name(), 60),
                    Money.formatUnit(u.value()), u.priceYear().label(), base == null ? "" : b == null ? "n/a"
                            : Money.formatUnit(b), u.confidence().label())));
        }
        out.println();
        out.println(entries.size() + " of " + UnitCostLibrary.inUse().size() + " entries. Sources and notes: --format "
                + "csv or json. Contains data from the GMCA Unit Cost Database, licensed under CC BY 4.0.");
        if (base != null) {
            out.println(Terminal.safe("Uprated with " + base.deflator().name() + "; n/a: a price year of the other "
                    + "series or outside the table."));
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private void csv(java.io.PrintWriter out, List<UnitCost> entries, PriceBase base) {
        out.println("id,name,agency,unit,value,priceYear," + (base == null ? "" : "valueIn" + base.year().label()
                + ",") + "confidence,source,sourceYear,notes,library,attribution");
        for (UnitCost u : entries) {
            List<String> f = new ArrayList<>(List.of(u.id(), u.name(), u.agency(), u.unit(), plain(u.value()),
                    u.priceYear().label()));
            if (base != null) {
                Double b = inBase(u, base);
                f.add(b == null ? "" : String.format(Locale.ROOT, "%.2f", b));
            }
            f.addAll(List.of(u.confidence().label(), u.source(), u.sourceYear() == 0 ? "" : String.valueOf(
                    u.sourceYear()), u.notes(), u.library(), u.attribution()));
            out.println(String.join(",", f.stream().map(CostsCommand::quoted).toList()));
        }
    }

    /** A CSV field, quoted where needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
    private static String quoted(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String json(List<UnitCost> entries, PriceBase base) throws JsonProcessingException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (UnitCost u : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.id());
            m.put("name", u.name());
            m.put("agency", u.agency());
            m.put("unit", u.unit());
            m.put("value", u.value());
            m.put("priceYear", u.priceYear().label());
            if (base != null) {
                m.put("priceBase", base.year().label());
                m.put("valueInPriceBase", inBase(u, base));
            }
            m.put("confidence", u.confidence().label().isEmpty() ? null : u.confidence().label());
            m.put("source", u.source());
            m.put("sourceYear", u.sourceYear() == 0 ? null : u.sourceYear());
            m.put("notes", u.notes());
            m.put("library", u.library());
            m.put("attribution", u.attribution().isEmpty() ? null : u.attribution());
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("deflator", Deflator.inUse().name());
        doc.put("entries", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }
}
