package org.journeyworkbench.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.journeyworkbench.engine.inputs.InputAddress;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.edits.ModelEdits;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.ui.costs.Citations;
import org.journeyworkbench.ui.costs.UnitCostsViewModel;
import org.journeyworkbench.ui.costs.UnitCostsWindow;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.ui.document.Selection;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.InitiativeSwitch;

/**
 * The fields of whatever is selected, for editing. Numbers go through input addresses, so in a named
 * scenario they become that scenario's overrides, as the sliders do; names and links edit the model.
 */
public final class InspectorView extends VBox {
    private final WorkbenchDocument document;
    private final Label heading = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private FormBuilder form;
    private Selection shown;
    private String shownShape = "";

    public InspectorView(WorkbenchDocument document) {
        this.document = document;
        setId("inspector");
        setAccessibleText("Inspector: the selected item's fields");
        getStyleClass().add("inspector");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        // Wrapped over as many lines as it needs: never squeezed to one line and cut short by the tall form.
        heading.setMinHeight(USE_PREF_SIZE);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        document.selectionProperty().addListener((o, was, now) -> rebuild());
        document.modelProperty().addListener((o, was, now) -> refresh());
        document.scenarioNameProperty().addListener((o, was, now) -> refresh());
        rebuild();
    }

    private void refresh() {
        Selection sel = document.selectionProperty().get();
        if (sel != null && !exists(document.model(), sel)) {
            document.selectionProperty().set(null);
            return;
        }
        if (!Objects.equals(sel, shown) || form == null || !shape(sel).equals(shownShape)) {
            rebuild();
        } else {
            form.fields().forEach(FormBuilder.Refreshable::refresh);
        }
    }

    /** What decides which fields the form has: when it changes the form is built again. */
    private String shape(Selection s) {
        JourneyModel m = document.model();
        if (s == null || !exists(m, s)) {
            return "";
        }
        return switch (s.kind()) {
            case INITIATIVE -> {
                Initiative i = m.initiative(s.id()).orElseThrow();
                yield i.takeUp().basis() + "|" + (i.reoffending() != null) + "|"
                        + i.runningCosts().stream().map(c -> c.id() + c.basis()).toList() + "|"
                        + i.setUpCosts().stream().map(c -> c.id() + c.basis()).toList() + "|" + m.stages().size()
                        + "|" + m.targetGroups().size() + "|" + (i.optimismBias() == null) + "|"
                        + document.inputValue(InputAddress.years().toString()) + "|" + m.appraisal().firstYear();
            }
            case TARGET_GROUP -> m.transitions().stream().map(Transition::id).toList() + "|"
                    + m.stages().stream().map(Stage::id).toList();
            default -> m.agencies().size() + "|" + m.stages().size() + "|" + m.transitions().size();
        };
    }

    private static boolean exists(JourneyModel m, Selection s) {
        return switch (s.kind()) {
            case STAGE -> m.stage(s.id()).isPresent();
            case TRANSITION -> m.transition(s.id()).isPresent();
            case TARGET_GROUP -> m.targetGroup(s.id()).isPresent();
            case INITIATIVE -> m.initiative(s.id()).isPresent();
        };
    }

    private void rebuild() {
        Selection sel = document.selectionProperty().get();
        shown = sel;
        shownShape = shape(sel);
        form = new FormBuilder(document);
        JourneyModel m = document.model();
        if (sel == null || !exists(m, sel)) {
            heading.setText("Nothing selected");
            form.note("Click a stage, an arrow, a target group or an initiative on the diagram to see and edit "
                    + "its figures here. Shift-drag from one stage to another to connect them.");
        } else {
            switch (sel.kind()) {
                case STAGE -> stage(sel.id());
                case TRANSITION -> transition(sel.id());
                case TARGET_GROUP -> group(sel.id());
                case INITIATIVE -> initiative(sel.id());
            }
        }
        scroll.setContent(form.grid());
    }

    private JourneyModel m() {
        return document.model();
    }

    private void stage(String id) {
        heading.setText("Stage: " + m().stage(id).orElseThrow().name());
        form.text("Name", "inspector-name", () -> m().stage(id).map(Stage::name).orElse(""), "Rename stage",
                v -> x -> x.withStage(id, s -> s.withName(v)));
        form.choice("Agency", "inspector-agency", m().agencies(),
                () -> m().agency(m().stage(id).orElseThrow().agencyId()).orElse(null), names(Agency::name),
                "Change agency", a -> x -> x.withStage(id, s -> s.withAgency(a.id())));
        form.number("Unit cost", "inspector-unitCost", InputAddress.stageUnitCost(id), InputKind.MONEY);
        form.text("Source", "inspector-source", () -> m().stage(id).map(Stage::source).orElse(""),
                "Change cost source", v -> x -> x.withStage(id, s -> s.withProvenance(s.provenance().withSource(v))));
        List<Stage> others = m().stages().stream().filter(s -> !s.id().equals(id)
                && m().transitions().stream().noneMatch(t -> t.from().equals(id) && t.to().equals(s.id()))).toList();
        if (!others.isEmpty()) {
            // The keyboard's way to connect stages (the mouse's is Shift-drag on the diagram).
            form.choice("Add an arrow to", "inspector-connect", others, () -> null, names(Stage::name),
                    "Connect stages", to -> x -> ModelEdits.connect(x, id, to.id()));
        }
        form.text("Price year", "inspector-priceYear",
                () -> m().stage(id).orElseThrow().provenance().year().label(), "Change price year",
                v -> x -> x.withStage(id, s -> s.withProvenance(s.provenance().withPriceYear(PriceYear.parse(v)))));
        form.liveNote("inspector-citation", () -> m().stage(id).map(s -> Citations.of(m(), s.unitCost(),
                s.provenance())).orElse(""));
        form.full(small("inspector-pickFromLibrary", "Pick from library…", "Set this stage's unit cost from the "
                + "unit-cost library, keeping its source and price year", () -> {
                    Stage s = m().stage(id).orElseThrow();
                    UnitCostsViewModel library = new UnitCostsViewModel(document);
                    library.searchProperty().set("");
                    new UnitCostsWindow(library, getScene().getWindow(), s.name() + " unit cost",
                            u -> library.pickForStage(id, u)).show();
                }));
    }

    private void transition(String id) {
        Transition t = m().transition(id).orElseThrow();
        String from = m().stage(t.from()).map(Stage::name).orElse(t.from());
        String to = m().stage(t.to()).map(Stage::name).orElse(t.to());
        heading.setText("Arrow: " + from + " → " + to);
        form.number("Rate", "inspector-rate", InputAddress.transitionRate(id), InputKind.RATE);
        SourceFields.add(form, document, "inspector-rate", InputAddress.transitionRate(id), "rate");
        form.note("The journey's default share of cases at \"" + from + "\" that go on to \"" + to
                + "\". A target group may have its own.");
        form.text("Label", "inspector-label", () -> m().transition(id).map(Transition::label).orElse(""),
                "Change arrow label", v -> x -> x.withTransition(id, tr -> tr.withLabel(v)));
    }

    private void group(String id) {
        heading.setText("Target group: " + m().targetGroup(id).orElseThrow().name());
        form.text("Name", "inspector-name", () -> m().targetGroup(id).map(TargetGroup::name).orElse(""),
                "Rename target group", v -> x -> x.withTargetGroup(id, g -> g.withName(v)));
        form.text("Referred by", "inspector-referrer", () -> m().targetGroup(id).map(TargetGroup::referrer).orElse(""),
                "Change referrer", v -> x -> x.withTargetGroup(id, g -> g.withReferrer(v)));
        form.number("Cases a year", "inspector-cases", InputAddress.groupCases(id), InputKind.COUNT);
        SourceFields.add(form, document, "inspector-cases", InputAddress.groupCases(id), "cases a year");
        form.choice("Enters at", "inspector-entryStage", m().stages(),
                () -> m().stage(m().targetGroup(id).orElseThrow().entryStage()).orElse(null), names(Stage::name),
                "Change entry stage", s -> x -> x.withTargetGroup(id, g -> g.withEntryStage(s.id())));
        form.heading("This group's own rates");
        form.note("Where this group differs from the journey's defaults (\"variable subject to target group\").");
        for (Transition t : m().transitions()) {
            form.number(label(t), "inspector-rate-" + t.id(), InputAddress.groupRate(id, t.id()),
                    InputKind.RATE);
            SourceFields.add(form, document, "inspector-rate-" + t.id(), InputAddress.groupRate(id, t.id()),
                    "group's rate");
        }
        form.heading("This group's own unit costs");
        for (Stage s : m().stages()) {
            form.number(s.name(), "inspector-cost-" + s.id(), InputAddress.groupUnitCost(id, s.id()),
                    InputKind.MONEY);
            SourceFields.add(form, document, "inspector-cost-" + s.id(), InputAddress.groupUnitCost(id, s.id()),
                    "group's unit cost");
        }
    }

    private String label(Transition t) {
        if (!t.label().isBlank()) {
            return t.label();
        }
        return m().stage(t.from()).map(Stage::name).orElse(t.from()) + " → "
                + m().stage(t.to()).map(Stage::name).orElse(t.to());
    }

    private void initiative(String id) {
        heading.setText("Initiative: " + m().initiative(id).orElseThrow().name());
        Function<JourneyModel, Initiative> it = x -> x.initiative(id).orElseThrow();
        InitiativeSwitch included = new InitiativeSwitch(document, id);
        form.check("Included in this scenario", "inspector-enabled", included::enabled, included::set);
        form.text("Name", "inspector-name", () -> it.apply(m()).name(), "Rename initiative",
                v -> x -> x.withInitiative(id, i -> i.withName(v)));
        form.text("Description", "inspector-description", () -> it.apply(m()).description(), "Change description",
                v -> x -> x.withInitiative(id, i -> i.withDescription(v)));
        form.choice("Target group", "inspector-targetGroup", m().targetGroups(),
                () -> m().targetGroup(it.apply(m()).targetGroupId()).orElse(null), names(TargetGroup::name),
                "Change target group", g -> x -> x.withInitiative(id, i -> i.withTargetGroup(g.id())));
        List<String> stageChoices = new ArrayList<>();
        stageChoices.add("");
        m().stages().forEach(s -> stageChoices.add(s.id()));
        form.choice("Intervenes at", "inspector-interventionStage", stageChoices,
                () -> Objects.requireNonNullElse(it.apply(m()).interventionStage(), ""),
                names(s -> s.isEmpty() ? "(does not take cases off the journey)" : stageName(s)),
                "Change intervention stage", s -> x -> x.withInitiative(id,
                        i -> i.withInterventionStage(s.isEmpty() ? null : s)));
        form.choice("Take-up is", "inspector-takeUpBasis", List.of(TakeUp.Basis.values()),
                () -> it.apply(m()).takeUp().basis(),
                names(b -> b == TakeUp.Basis.COUNT ? "a number of cases a year" : "a share of the cases"),
                "Change take-up basis", b -> x -> x.withInitiative(id, i -> i.withTakeUp(
                        (b == TakeUp.Basis.SHARE ? TakeUp.share(1) : TakeUp.count(i.takeUp().value()))
                                .withSource(i.takeUp().source()))));
        form.number("Take-up", "inspector-takeUp", InputAddress.takeUp(id),
                it.apply(m()).takeUp().basis() == TakeUp.Basis.SHARE ? InputKind.RATE : InputKind.COUNT);
        SourceFields.add(form, document, "inspector-takeUp", InputAddress.takeUp(id), "take-up");
        alternativeRoute(id);
        form.check("Reduces reoffending", "inspector-reoffending", () -> it.apply(m()).reoffending() != null,
                on -> document.edit(on ? "Add reduced reoffending" : "Remove reduced reoffending",
                        x -> x.withInitiative(id, i -> i.withReoffending(on ? new Reoffending(0.1, 1,
                                x.targetGroup(i.targetGroupId()).orElseThrow().entryStage()) : null))));
        if (it.apply(m()).reoffending() != null) {
            form.number("Reduction", "inspector-reduction", InputAddress.reoffendingReduction(id),
                    InputKind.RATE);
            form.number("Repeat journeys a case", "inspector-repeats",
                    InputAddress.reoffendingRepeats(id), InputKind.COUNT);
            SourceFields.add(form, document, "inspector-reoffending", InputAddress.reoffendingReduction(id),
                    "reduced reoffending");
            form.choice("Repeat journey from", "inspector-repeatFrom", m().stages(),
                    () -> m().stage(it.apply(m()).reoffending().repeatFromStage()).orElse(null), names(Stage::name),
                    "Change repeat journey", s -> x -> x.withInitiative(id, i -> i.withReoffending(
                            i.reoffending().withRepeatFromStage(s.id()))));
        }
        new CostLinesEditor(document, form, id, true).build();
        new CostLinesEditor(document, form, id, false).build();
        appraisal(id);
    }

    /** Deadweight, optimism bias and the profile: how the initiative is appraised over the years. */
    private void appraisal(String id) {
        form.heading("Appraisal over the years");
        form.number("Deadweight", "inspector-deadweight", InputAddress.deadweight(id), InputKind.RATE);
        SourceFields.add(form, document, "inspector-deadweight", InputAddress.deadweight(id), "deadweight");
        form.number("Optimism bias on costs", "inspector-optimismBias-costs",
                InputAddress.initiativeOptimismBias(id, true), InputKind.MULTIPLIER);
        form.number("Optimism bias on benefits", "inspector-optimismBias-benefits",
                InputAddress.initiativeOptimismBias(id, false), InputKind.RATE);
        form.note(m().initiative(id).orElseThrow().optimismBias() == null
                ? "Deadweight: the share of its benefits that would have happened anyway. The optimism bias shown "
                + "is the model's (Appraisal, in the assumptions); a change here gives this initiative its own."
                : "Deadweight: the share of its benefits that would have happened anyway. This initiative has its "
                + "own optimism bias.");
        new ProfileEditor(document, form, id).build();
    }

    private void alternativeRoute(String id) {
        CheckComboBox<Stage> route = new CheckComboBox<>();
        route.setId("inspector-alternativeRoute");
        route.setAccessibleText("Alternative route");
        route.getItems().setAll(m().stages());
        route.setConverter(names(Stage::name));
        route.setTitle(null);
        route.setMaxWidth(Double.MAX_VALUE);
        for (String s : m().initiative(id).orElseThrow().alternativeRoute()) {
            m().stage(s).ifPresent(st -> route.getCheckModel().check(st));
        }
        route.getCheckModel().getCheckedItems().addListener((ListChangeListener<Stage>) c -> {
            List<String> chosen = route.getCheckModel().getCheckedItems().stream().map(Stage::id).toList();
            if (!chosen.equals(m().initiative(id).map(Initiative::alternativeRoute).orElse(List.of()))) {
                document.tryEdit("Change alternative route",
                        x -> x.withInitiative(id, i -> i.withAlternativeRoute(chosen)));
            }
        });
        form.control("Instead, costs", route);
    }

    private String stageName(String id) {
        return m().stage(id).map(Stage::name).orElse(id);
    }

    static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Used by the cost lines editor for a new line's id. */
    static String newLineId(List<CostLine> lines) {
        return ModelEdits.freshId("cost", lines.stream().map(CostLine::id).toList());
    }

    static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(4, nodes);
        return box;
    }

    static Button small(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(help);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }
}
