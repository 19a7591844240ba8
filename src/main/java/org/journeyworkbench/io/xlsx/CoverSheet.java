package org.journeyworkbench.io.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;
import org.journeyworkbench.engine.inputs.FinancialYears;
import org.journeyworkbench.io.Version;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Percent;
import org.journeyworkbench.model.Scenario;

/**
 * The first page of the appendix: what this workbook is, the scenario, price base, period and discount
 * rate, when and by what it was made, the model's notes and caveats in full (the Barnet sample's "a
 * reconstruction, not Barnet's data" must travel with its figures), and a contents list; then every
 * initiative's and scenario's description.
 */
final class CoverSheet {
    static final String NAME = "Cover";

    /** A sheet of the workbook and what a reader finds on it. */
    record Entry(String sheet, String what) {
    }

    void write(Workbook wb, SheetWriter w, JourneyModel m, Scenario scenario, List<Entry> contents,
               org.journeyworkbench.engine.prices.Deflator deflator,
               List<org.journeyworkbench.engine.validation.ProvenanceWarning> warnings) {
        CellStyle wrap = w.styles.wrapped;
        int r = 0;
        w.text(r++, 0, m.name(), w.styles.title);
        w.text(r++, 0, "Outline Business Case appendix: costs and benefits of the offender-journey initiatives",
                w.styles.note);
        r++;
        Appraisal a = m.appraisal();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Scenario in this workbook", scenario.name() + (scenario.description().isBlank() ? ""
                : ": " + scenario.description())});
        facts.add(new String[] {"Price base", a.priceBase().isBlank() ? "not stated in the model" : a.priceBase()
                + " prices"});
        facts.add(new String[] {"Uprating", "Costs priced in other years are uprated to the price base with the GDP "
                + "deflator: " + deflator.name() + " (sheet Deflator)"});
        facts.add(new String[] {"Appraisal period", a.years() + " years" + (a.firstYear().isBlank() ? ""
                : ", " + a.firstYear() + " to " + FinancialYears.plus(a.firstYear(), a.years() - 1))
                + "; year 0 is the first year of operation"});
        facts.add(new String[] {"Discount rate", rates(a)});
        facts.add(new String[] {"Optimism bias", "costs +" + Percent.format(a.optimismBias().costs()) + ", benefits −"
                + Percent.format(a.optimismBias().benefits()) + " (initiatives may set their own; see Assumptions)"});
        facts.add(new String[] {"Exported", LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK)) + " by Journey Workbench " + Version.get()});
        for (String[] f : facts) {
            w.text(r, 0, f[0], w.styles.subtitle);
            w.text(r, 1, f[1], wrap);
            // Wrapped text needs its row heightened: no spreadsheet grows a row for it on opening or printing.
            SheetWriter.fitHeight(w, r++, f[1], 80);
        }
        r++;
        w.text(r++, 0, "Notes and caveats", w.styles.subtitle);
        w.text(r++, 0, m.notes().isBlank() ? "The model has no notes." : m.notes(), w.styles.wrappedSpan);
        w.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 0, 1));
        SheetWriter.fitHeight(w, r - 1, m.notes(), 96);
        r++;
        w.text(r++, 0, "Provenance checks", w.styles.subtitle);
        if (warnings.isEmpty()) {
            w.text(r++, 0, "Every cost has a source and a price year the deflator can uprate; every rate and take-up "
                    + "has a source.", w.styles.wrappedSpan);
            w.sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 0, 1));
        }
        for (var warning : warnings) {
            w.text(r, 0, warning.kind().heading(), wrap);
            w.text(r, 1, warning.message(), wrap);
            SheetWriter.fitHeight(w, r++, warning.message(), 70);
        }
        r++;
        w.text(r++, 0, "Contents", w.styles.subtitle);
        for (Entry e : contents) {
            if (wb.getSheet(e.sheet()) != null) {
                Cell link = w.text(r, 0, e.sheet(), w.styles.link);
                Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + e.sheet() + "'!A1");
                link.setHyperlink(h);
            } else {
                w.text(r, 0, e.sheet(), null);
            }
            w.text(r, 1, e.what(), wrap);
            SheetWriter.fitHeight(w, r++, e.what(), 80);
        }
        r++;
        w.text(r++, 0, "The initiatives", w.styles.subtitle);
        for (Initiative i : m.initiatives()) {
            String group = m.targetGroup(i.targetGroupId()).map(g -> g.name()).orElse(i.targetGroupId());
            w.text(r, 0, i.name(), wrap);
            String text = (i.description().isBlank() ? "" : i.description() + " ") + "Works with: " + group + ".";
            w.text(r, 1, text, wrap);
            SheetWriter.fitHeight(w, r++, text, 70);
        }
        if (!m.scenarios().isEmpty()) {
            r++;
            w.text(r++, 0, "The scenarios (options)", w.styles.subtitle);
            for (Scenario s : m.scenarios()) {
                w.text(r, 0, s.name(), wrap);
                w.text(r, 1, s.description().isBlank() ? "(no description)" : s.description(), wrap);
                SheetWriter.fitHeight(w, r++, s.description(), 70);
            }
        }
        w.sheet.setColumnWidth(0, 30 * 256);
        w.sheet.setColumnWidth(1, 80 * 256);
    }

    private static String rates(Appraisal a) {
        List<String> out = new ArrayList<>();
        for (DiscountBand b : a.discountRates()) {
            if (b.fromYear() < a.years()) {
                out.add(Percent.format(b.rate()) + (b.fromYear() == 0 ? "" : " from year " + b.fromYear()));
            }
        }
        return String.join(", ", out) + " a year (HM Treasury Green Book)";
    }
}
