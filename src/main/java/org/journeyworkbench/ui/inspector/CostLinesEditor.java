package org.journeyworkbench.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.ui.document.WorkbenchDocument;

/** An initiative's running or set-up cost lines in the inspector: edit, add, remove. */
final class CostLinesEditor {
    private final WorkbenchDocument document;
    private final FormBuilder form;
    private final String initiative;
    private final boolean running;

    CostLinesEditor(WorkbenchDocument document, FormBuilder form, String initiative, boolean running) {
        this.document = document;
        this.form = form;
        this.initiative = initiative;
        this.running = running;
    }

    private List<CostLine> lines(JourneyModel m) {
        Initiative i = m.initiative(initiative).orElseThrow();
        return running ? i.runningCosts() : i.setUpCosts();
    }

    private JourneyModel withLines(JourneyModel m, List<CostLine> lines) {
        return m.withInitiative(initiative, i -> running ? i.withRunningCosts(lines) : i.withSetUpCosts(lines));
    }

    void build() {
        String kind = running ? "runningCosts" : "setUpCosts";
        form.heading(running ? "Running costs a year" : "Set-up costs (one-off)");
        List<CostLine> lines = lines(document.model());
        for (CostLine line : lines) {
            String id = line.id();
            String prefix = "inspector-" + kind + "-" + id;
            form.text("Item", prefix + "-label", () -> find(id).label(), "Rename cost line",
                    v -> m -> replace(m, id, find(m, id).withLabel(v)));
            form.choice("Paid by", prefix + "-agency", document.model().agencies(),
                    () -> document.model().agency(find(id).agencyId()).orElse(null), InspectorView.names(Agency::name),
                    "Change who pays", a -> m -> replace(m, id, find(m, id).withAgency(a.id())));
            form.number("£ each", prefix + "-unitCost", InputAddress.costLine(initiative, running, id, false), InputKind.MONEY);
            form.number(line.basis() == CostLine.Basis.PER_CASE ? "Number a case" : "Number",
                    prefix + "-quantity", InputAddress.costLine(initiative, running, id, true), InputKind.COUNT);
            form.choice("Counted", prefix + "-basis", List.of(CostLine.Basis.values()), () -> find(id).basis(),
                    InspectorView.names(b -> b == CostLine.Basis.PER_CASE ? "for every case taken on" : "as a fixed number"),
                    "Change cost basis", b -> m -> replace(m, id, find(m, id).withBasis(b)));
            SourceFields.add(form, document, prefix, InputAddress.costLine(initiative, running, id, false),
                    running ? "running cost" : "set-up cost");
            form.liveNote(prefix + "-citation", () -> lines(document.model()).stream().filter(c -> c.id().equals(id))
                    .findFirst().map(c -> org.journeyworkbench.ui.costs.Citations.of(document.model(), c.unitCost(),
                            c.source())).orElse(""));
            form.full(InspectorView.small(prefix + "-pickFromLibrary", "Pick from library…", "Set this cost's £ each "
                    + "from the unit-cost library, keeping its source and price year", () -> {
                        var library = new org.journeyworkbench.ui.costs.UnitCostsViewModel(document);
                        new org.journeyworkbench.ui.costs.UnitCostsWindow(library, form.grid().getScene().getWindow(),
                                find(id).label(), u -> library.pickForCostLine(initiative, running, id, u)).show();
                    }));
            form.full(InspectorView.small(prefix + "-remove", "Remove this cost", "Remove this cost line",
                    () -> document.tryEdit("Remove cost line", m -> {
                        List<CostLine> kept = new ArrayList<>(lines(m));
                        kept.removeIf(c -> c.id().equals(id));
                        return withLines(m, kept);
                    })));
        }
        form.full(InspectorView.small("inspector-add-" + kind, running ? "Add a running cost" : "Add a set-up cost",
                running ? "Add a running cost line" : "Add a set-up cost line", this::add));
    }

    private void add() {
        if (document.model().agencies().isEmpty()) {
            document.notice("Add an agency to the model first: every cost is paid by an agency.");
            return;
        }
        document.tryEdit(running ? "Add running cost" : "Add set-up cost", m -> {
            List<CostLine> list = new ArrayList<>(lines(m));
            list.add(new CostLine(InspectorView.newLineId(list), "New cost", m.agencies().get(0).id(), 0, 1,
                    CostLine.Basis.FIXED));
            return withLines(m, list);
        });
    }

    private CostLine find(String id) {
        return find(document.model(), id);
    }

    private CostLine find(JourneyModel m, String id) {
        return lines(m).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private JourneyModel replace(JourneyModel m, String id, CostLine line) {
        List<CostLine> list = new ArrayList<>(lines(m));
        list.replaceAll(c -> c.id().equals(id) ? line : c);
        return withLines(m, list);
    }
}
