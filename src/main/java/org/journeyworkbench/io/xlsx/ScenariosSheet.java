package org.journeyworkbench.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.Inputs;
import org.journeyworkbench.engine.Result;
import org.journeyworkbench.engine.SummaryRow;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Scenario;

/**
 * The exported scenario's overrides, and the base case beside every scenario. The side-by-side figures
 * are the engine's, written as values: only the exported scenario is live in this workbook.
 */
final class ScenariosSheet {
    void write(SheetWriter w, JourneyModel model, Scenario chosen) {
        w.text(0, 0, "Scenarios", w.styles.title);
        int r = 2;
        w.text(r++, 0, chosen.isBase() ? "This workbook shows the base case: the model with no overrides."
                : "This workbook shows the scenario \"" + chosen.name() + "\". What it changes:", w.styles.subtitle);
        if (!chosen.isBase()) {
            String[] head = {"Input", "Address", "Base case", "In this scenario"};
            for (int c = 0; c < head.length; c++) {
                w.text(r, c, head[c], w.styles.header);
            }
            r++;
            for (var o : chosen.overrides().entrySet()) {
                String label = Inputs.list(model).stream().filter(i -> i.address().equals(o.getKey())).findFirst()
                        .map(i -> i.group() + ": " + i.label()).orElse(o.getKey());
                w.text(r, 0, label, null);
                w.text(r, 1, o.getKey(), w.styles.note);
                w.number(r, 2, Inputs.get(model, o.getKey()), null);
                w.number(r, 3, o.getValue(), null);
                r++;
            }
            for (var s : chosen.initiatives().entrySet()) {
                w.text(r, 0, model.initiative(s.getKey()).map(i -> i.name()).orElse(s.getKey()), null);
                w.text(r, 1, org.journeyworkbench.engine.InputAddress.enabled(s.getKey()).toString(), w.styles.note);
                w.text(r, 2, model.initiative(s.getKey()).map(i -> i.enabled() ? "included" : "left out").orElse(""),
                        null);
                w.text(r, 3, s.getValue() ? "included" : "left out", null);
                r++;
            }
        }
        r += 2;
        w.text(r++, 0, "Base case and every scenario side by side (values computed by Journey Workbench at export)",
                w.styles.subtitle);
        List<Scenario> all = new ArrayList<>();
        all.add(Scenario.base());
        all.addAll(model.scenarios());
        w.text(r, 0, "Total of all agencies", w.styles.header);
        for (int c = 0; c < all.size(); c++) {
            w.text(r, c + 1, all.get(c).name(), w.styles.header);
        }
        String[] rows = {"Annual saving", "Annual cost", "Annual impact", "Set up costs", "Year 1 impact",
                "Net system saving"};
        for (int k = 0; k < rows.length; k++) {
            w.text(r + 1 + k, 0, rows[k], null);
        }
        for (int c = 0; c < all.size(); c++) {
            try {
                Result res = Engine.compute(model, all.get(c));
                SummaryRow t = res.summary().total();
                double[] v = {t.annualSaving(), t.annualCost(), t.annualImpact(), t.setUpCosts(), t.year1Impact(),
                        res.netSystemSaving()};
                for (int k = 0; k < v.length; k++) {
                    w.number(r + 1 + k, c + 1, v[k], w.styles.money);
                }
            } catch (ModelException e) {
                w.text(r + 1, c + 1, "could not be computed: " + e.getMessage(), w.styles.note);
            }
        }
        w.sheet.setColumnWidth(0, 44 * 256);
        for (int c = 1; c <= Math.max(3, all.size()); c++) {
            w.sheet.setColumnWidth(c, 22 * 256);
        }
    }
}
