package org.journeyworkbench.ui.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeyworkbench.engine.edits.ScenarioEdits;
import org.journeyworkbench.engine.inputs.Input;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.engine.inputs.Inputs;
import org.journeyworkbench.engine.result.OptionResult;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.io.AtomicFiles;
import org.journeyworkbench.io.WorkshopLogEntry;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.canvas.CanvasLabels;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.input.SliderRange;
import org.journeyworkbench.ui.input.ValueParser;
import org.journeyworkbench.ui.options.OptionsTable;
import org.journeyworkbench.ui.options.OptionsViewModel;
import org.journeyworkbench.ui.results.AppraisalFigures;

/**
 * Workshop mode's state and actions, over the same document as the normal window: the headline figures, the
 * pinned levers, the initiatives' switches, the options as cards, the journey simplified for the room, and
 * the session log. Every figure is read from the document's result and the options' comparison (the compiled
 * calculation); every change goes through the document, so undo, saving and recovery work as in the window.
 *
 * <p>No controls here: plain JUnit tests drive it through a {@link WorkbenchDocument}.
 */
public final class WorkshopViewModel {
    private final WorkbenchDocument document;
    private final OptionsViewModel options;
    private final Supplier<LocalTime> clock;
    private final SessionLog log = new SessionLog();
    private final ObservableList<WorkshopLogEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Headline> headline = new ReadOnlyObjectWrapper<>(this, "headline",
            Headline.empty());
    private final ObservableList<Lever> levers = FXCollections.observableArrayList();
    private final ObservableList<InitiativeToggle> toggles = FXCollections.observableArrayList();
    private final ObservableList<OptionCard> cards = FXCollections.observableArrayList();
    /*
     * The read-only views handed out, made once and kept: an unmodifiable wrapper listens to its list only
     * weakly, so a wrapper made afresh on each call can be collected with the view's listener on it, and the
     * view then stops following (the lever's figure, the option shown, the log's lines froze now and then).
     */
    private final ObservableList<WorkshopLogEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<Lever> leversView = FXCollections.unmodifiableObservableList(levers);
    private final ObservableList<InitiativeToggle> togglesView = FXCollections.unmodifiableObservableList(toggles);
    private final ObservableList<OptionCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyObjectWrapper<RoomJourney> journey = new ReadOnlyObjectWrapper<>(this, "journey",
            RoomJourney.empty());
    private final ReadOnlyStringWrapper leversNote = new ReadOnlyStringWrapper(this, "leversNote", "");
    /** The lever ranges fixed when the session began (or the lever first appeared), by address. */
    private final Map<String, SliderRange> ranges = new HashMap<>();
    private JourneyModel start;
    private String startScenario = Scenario.BASE_NAME;
    private double startNpv;
    private boolean active;
    /** The inputs of the model last listed: listed again only when the model changes. */
    private JourneyModel listedFor;
    private Map<String, Input> inputs = Map.of();
    /** A drag under way: the lever, its value and the headline when it began. */
    private String dragging;
    private double dragFrom;
    private double[] dragHeadline;

    public WorkshopViewModel(WorkbenchDocument document, OptionsViewModel options) {
        this(document, options, LocalTime::now);
    }

    /** @param clock the time of day each change is logged at (tests give their own) */
    public WorkshopViewModel(WorkbenchDocument document, OptionsViewModel options, Supplier<LocalTime> clock) {
        this.document = document;
        this.options = options;
        this.clock = clock;
        document.modelProperty().addListener((o, was, now) -> refresh());
        document.resultProperty().addListener((o, was, now) -> refresh());
        document.scenarioNameProperty().addListener((o, was, now) -> refresh());
        options.tableProperty().addListener((o, was, now) -> refreshCards());
    }

    // ---- what the view binds to ----

    public ReadOnlyObjectProperty<Headline> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public Headline headline() {
        return headline.get();
    }

    /** The pinned levers, in the order they were pinned (those no longer in the model left out). */
    public ObservableList<Lever> levers() {
        return leversView;
    }

    public ObservableList<InitiativeToggle> toggles() {
        return togglesView;
    }

    public ObservableList<OptionCard> cards() {
        return cardsView;
    }

    public ReadOnlyObjectProperty<RoomJourney> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    /** How to pin levers when there are none, or which pinned inputs the model no longer has; else empty. */
    public ReadOnlyStringProperty leversNoteProperty() {
        return leversNote.getReadOnlyProperty();
    }

    /** The session log, oldest first. */
    public ObservableList<WorkshopLogEntry> log() {
        return entriesView;
    }

    /** The option being shown (and edited). */
    public String showing() {
        return ScenarioEdits.isBase(document.scenarioName()) ? Scenario.BASE_NAME : document.scenarioName();
    }

    public boolean isActive() {
        return active;
    }

    // ---- the session ----

    /** Starts a session: remembers the model and option as they are, for "back to the start"; a fresh log. */
    public void begin() {
        start = document.model();
        startScenario = showing();
        startNpv = document.result().appraisal().npv();
        log.clear();
        entries.clear();
        ranges.clear();
        active = true;
        refresh();
    }

    /** Ends the session; its log is kept (for export) until the next one begins. */
    public void end() {
        cancelDrag();
        active = false;
    }

    // ---- levers ----

    /** Moves a lever by {@code steps} presses of an arrow key: one undo step; nudges in a row log as one line. */
    public void nudge(String address, int steps) {
        Lever lever = lever(address);
        if (lever != null) {
            set(lever, lever.moved(steps), address);
        }
    }

    /** Sets a lever to a value (a click on the slider's track). */
    public void setLever(String address, double value) {
        Lever lever = lever(address);
        if (lever != null) {
            set(lever, value, null);
        }
    }

    /** A drag of a lever's slider begins: the figures follow it live, and its end is one change. */
    public void beginDrag(String address) {
        Lever lever = lever(address);
        if (lever != null && dragging == null) {
            dragging = address;
            dragFrom = lever.value();
            dragHeadline = figures();
        }
    }

    /** The lever's slider has moved during a drag. */
    public void dragTo(String address, double value) {
        if (address.equals(dragging)) {
            try {
                document.previewInput(address, value);
            } catch (ModelException e) {
                document.notice(e.getMessage());
            }
        }
    }

    /** The drag ends: one undo step and one line in the log. */
    public void endDrag(String address) {
        if (!address.equals(dragging)) {
            return;
        }
        Lever lever = lever(address);
        dragging = null;
        if (lever == null) {
            document.cancelPreview();
            return;
        }
        document.commitPreview("Set " + lever.label());
        double to = document.inputValue(address);
        if (Math.abs(to - dragFrom) > 1e-12) {
            logged(lever.label(), ValueParser.format(dragFrom, lever.kind()), ValueParser.format(to, lever.kind()),
                    dragHeadline, null);
        }
    }

    private void cancelDrag() {
        if (dragging != null) {
            dragging = null;
            document.cancelPreview();
        }
    }

    private void set(Lever lever, double value, String mergeKey) {
        if (Math.abs(value - lever.value()) < 1e-12) {
            return;
        }
        double[] before = figures();
        try {
            document.setInput(lever.address(), value, "Set " + lever.label());
            document.notice("");
        } catch (ModelException e) {
            document.notice(e.getMessage());
            return;
        }
        logged(lever.label(), lever.valueText(), ValueParser.format(document.inputValue(lever.address()),
                lever.kind()), before, mergeKey);
    }

    private Lever lever(String address) {
        return levers.stream().filter(l -> l.address().equals(address)).findFirst().orElse(null);
    }

    // ---- initiatives ----

    /** Switches an initiative on or off in the option shown: one undo step, one line in the log. */
    public void toggle(String initiativeId) {
        InitiativeToggle t = toggles.stream().filter(x -> x.id().equals(initiativeId)).findFirst().orElse(null);
        if (t == null) {
            return;
        }
        double[] before = figures();
        String scenario = showing();
        boolean on = !t.on();
        if (document.tryEdit("Switch " + t.name() + (on ? " on" : " off"),
                m -> ScenarioEdits.setInitiativeEnabled(m, scenario, initiativeId, on))) {
            logged(t.name(), t.on() ? "On" : "Off", on ? "On" : "Off", before, null);
        }
    }

    // ---- options ----

    /** Shows the option on number key {@code key} (1 the base case, 2 the first scenario, …); false if none. */
    public boolean showOption(int key) {
        OptionCard card = cards.stream().filter(c -> c.key() == key).findFirst().orElse(null);
        if (card == null) {
            return false;
        }
        String was = showing();
        if (card.name().equals(was)) {
            return true;
        }
        cancelDrag();
        double[] before = figures();
        document.setScenario(card.name());
        logged("Option shown", was, card.name(), before, null);
        return true;
    }

    // ---- the session's end ----

    /** Puts the model and the option shown back as they were when the session began, as one undo step. */
    public void backToStart() {
        if (start == null) {
            return;
        }
        cancelDrag();
        boolean same = document.model().equals(start) && showing().equals(startScenario);
        if (same) {
            document.notice("Nothing has changed since the session began.");
            return;
        }
        double[] before = figures();
        String was = showing();
        JourneyModel back = start;
        document.edit("Back to the start of the session", m -> back);
        if (back.scenario(startScenario).isPresent() || ScenarioEdits.isBase(startScenario)) {
            document.setScenario(startScenario);
        }
        logged("Back to the start of the session", was, startScenario, before, null);
        document.notice("Back to the start of the session. Ctrl+Z to undo.");
    }

    /**
     * Keeps the figures shown now as a new scenario, in one undo step, and shows it (see {@link SessionScenario}).
     *
     * @return whether it was saved; if not, the document's notice says why
     */
    public boolean saveAsScenario(String name) {
        if (start == null) {
            return false;
        }
        cancelDrag();
        double[] before = figures();
        String was = showing();
        String description = "The figures at the end of a workshop on "
                + java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                + ", saved from \"" + was + "\".";
        JourneyModel end = document.model();
        String clean = name == null ? "" : name.strip();
        if (!document.tryEdit("Save the session as scenario " + clean,
                m -> SessionScenario.save(start, end, was, clean, description))) {
            return false;
        }
        document.setScenario(clean);
        logged("Saved as scenario", was, clean, before, null);
        document.notice("Saved the session as the scenario \"" + clean + "\". Ctrl+Z to undo.");
        return true;
    }

    /** Undoes the last change (Ctrl+Z in workshop mode), and logs it. */
    public void undo() {
        if (!document.canUndoProperty().get()) {
            return;
        }
        cancelDrag();
        double[] before = figures();
        String what = document.undoLabelProperty().get();
        document.undo();
        logged("Undo", what, "", before, null);
    }

    /** Writes the session log as CSV (see {@link SessionLogCsv}). */
    public void exportCsv(Path out) throws IOException {
        byte[] bytes = SessionLogCsv.of(entries).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, stream -> stream.write(bytes));
    }

    // ---- internals ----

    /** The headline's net saving and NPV now: what each change's effect is measured between. */
    private double[] figures() {
        Result r = document.result();
        return new double[] {r.netSystemSaving(), r.appraisal().npv()};
    }

    private void logged(String what, String from, String to, double[] before, String mergeKey) {
        if (!active) {
            return;
        }
        double[] after = figures();
        boolean added = log.record(clock.get(), what, from, to,
                new SessionLog.Effect(before[0], before[1], after[0], after[1]), mergeKey);
        if (added) {
            entries.add(log.entries().get(log.size() - 1));
        } else {
            entries.set(entries.size() - 1, log.entries().get(log.size() - 1));
        }
    }

    /** Lays everything out again from the document (and the options' comparison). */
    private void refresh() {
        if (!active) {
            return;
        }
        JourneyModel model = document.model();
        Result result = document.result();
        if (model == null || result == null) {
            return;
        }
        options.refresh();
        refreshLevers(model);
        refreshToggles(model);
        refreshHeadline(result);
        refreshCards();
        journey.set(RoomJourney.of(model, result));
    }

    private void refreshHeadline(Result r) {
        OptionResult shown = options.options().stream().filter(o -> o.name().equals(showing())).findFirst()
                .orElse(null);
        boolean base = shown == null || shown.baseCase();
        double change = base ? r.appraisal().npv() - startNpv : shown.deltaNpv();
        String caption = base ? "NPV change since the start" : "NPV change from the base case";
        Double bcr = r.appraisal().bcr();
        String vfm = r.appraisal().valueForMoney();
        headline.set(new Headline(Money.format(r.netSystemSaving()), r.netSystemSaving() < -0.5,
                Money.format(r.appraisal().npv()), r.appraisal().npv() < -0.5,
                bcr == null ? "none" : AppraisalFigures.ratio(bcr), vfm == null ? "" : vfm + " value for money",
                caption, signed(change), change < -0.5));
    }

    /** "+£52,000", "(£11,615)", "£0". */
    static String signed(double v) {
        String text = Money.format(v);
        return v >= 0.5 ? "+" + text : text;
    }

    private void refreshLevers(JourneyModel model) {
        if (model != listedFor) {
            listedFor = model;
            Map<String, Input> byAddress = new HashMap<>();
            for (Input in : Inputs.list(CanvasLabels.shown(model, showing()))) {
                byAddress.put(in.address(), in);
            }
            inputs = byAddress;
        }
        List<Lever> next = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String address : model.workshop().levers()) {
            Input in = inputs.get(normalised(address));
            if (in == null || in.kind() == InputKind.SWITCH) {
                missing.add(address);
                continue;
            }
            double value;
            try {
                value = document.inputValue(in.address());
            } catch (ModelException e) {
                missing.add(address);
                continue;
            }
            SliderRange range = ranges.computeIfAbsent(in.address(), a -> SliderRange.around(value, in.kind()));
            if (!range.contains(value)) {
                SliderRange wider = SliderRange.around(value, in.kind());
                range = new SliderRange(Math.min(range.min(), wider.min()), Math.max(range.max(), wider.max()));
                ranges.put(in.address(), range);
            }
            next.add(new Lever(in.address(), leverLabel(in), in.kind(), value, range.min(), range.max(),
                    Lever.stepFor(in.kind(), range.min(), range.max())));
        }
        if (!next.equals(levers)) {
            levers.setAll(next);
        }
        leversNote.set(model.workshop().levers().isEmpty()
                ? "No levers pinned yet. In the normal window, right-click an input under Assumptions and choose "
                + "Pin as Lever."
                : missing.isEmpty() ? "" : "Pinned but no longer in the model: " + String.join(", ", missing));
    }

    private static String normalised(String address) {
        var at = org.journeyworkbench.engine.inputs.InputAddress.parseOrNull(address);
        return at == null ? address : at.toString();
    }

    /** "Community Coaches: take-up (cases a year)", "Rate: Call-out → Arrest", "Arrest unit cost". */
    static String leverLabel(Input in) {
        String group = in.group();
        for (String prefix : new String[] {"Initiative: ", "Target group: "}) {
            if (group.startsWith(prefix)) {
                String label = in.label();
                return group.substring(prefix.length()) + ": " + Character.toLowerCase(label.charAt(0))
                        + label.substring(1);
            }
        }
        return group.equals("Conversion rates") ? "Rate: " + in.label() : in.label();
    }

    private void refreshToggles(JourneyModel model) {
        JourneyModel shown = CanvasLabels.shown(model, showing());
        List<InitiativeToggle> next = new ArrayList<>();
        for (Initiative i : shown.initiatives()) {
            next.add(new InitiativeToggle(i.id(), i.name(), i.enabled()));
        }
        if (!next.equals(toggles)) {
            toggles.setAll(next);
        }
    }

    private void refreshCards() {
        if (!active) {
            return;
        }
        OptionsTable table = options.table();
        List<OptionCard> next = new ArrayList<>();
        int key = 1;
        for (OptionsTable.Row row : table.rows()) {
            if (key > 9) {
                break;
            }
            OptionResult o = options.options().stream().filter(x -> x.name().equals(row.name())).findFirst()
                    .orElse(null);
            String change = o == null || o.baseCase() ? "The base case" : signed(o.deltaNpv()) + " vs the base case";
            next.add(new OptionCard(key++, row.name(), row.npv(), row.year1NetSaving(), change,
                    row.name().equals(showing())));
        }
        if (!next.equals(cards)) {
            cards.setAll(next);
        }
    }
}
