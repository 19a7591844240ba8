package org.journeyworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.ui.assumptions.AssumptionsView;
import org.journeyworkbench.ui.canvas.JourneyCanvasView;
import org.journeyworkbench.ui.document.WorkbenchDocument;
import org.journeyworkbench.ui.files.FileActions;
import org.journeyworkbench.ui.files.Prompts;
import org.journeyworkbench.ui.files.RecentFiles;
import org.journeyworkbench.ui.inspector.InspectorView;
import org.journeyworkbench.ui.options.OptionsView;
import org.journeyworkbench.ui.options.OptionsViewModel;
import org.journeyworkbench.ui.results.ResultsView;
import org.journeyworkbench.ui.uncertainty.QuickRun;
import org.journeyworkbench.ui.uncertainty.SensitivityView;
import org.journeyworkbench.ui.uncertainty.SimulationView;
import org.journeyworkbench.ui.uncertainty.SimulationViewModel;
import org.journeyworkbench.ui.uncertainty.SensitivityViewModel;
import org.journeyworkbench.ui.window.StatusLineViewModel;
import org.journeyworkbench.ui.window.UndoKeys;
import org.journeyworkbench.ui.window.WindowFrame;
import org.journeyworkbench.ui.window.WindowSettingsStore;

/**
 * The main window: menus and toolbar on top, the assumptions on the left, the journey canvas above the
 * results in the middle (a second tab beside them holds every option side by side), the inspector on the
 * right, a status line at the bottom.
 */
public final class MainWindow {
    private final Stage stage;
    private final WorkbenchDocument document;
    private final Prompts prompts;
    private final FileActions files;
    private final ScenarioActions scenarios;
    private final JourneyCanvasView canvas;
    private final Menu recentMenu = new Menu("Open Recent");
    private final ComboBox<String> scenarioPicker = new ComboBox<>();
    private final Runnable export;
    private final OptionsViewModel options;
    private final TabPane resultsTabs = new TabPane();
    private final boolean quickStart;
    private AssumptionsView assumptions;
    private org.journeyworkbench.ui.costs.ChecksViewModel checks;
    /** One daemon thread each: a Monte Carlo run (which spreads itself over every core) and the quick runs. */
    private static final java.util.concurrent.ExecutorService SIMULATION = daemon("monte-carlo-run");
    private static final java.util.concurrent.ExecutorService QUICK = daemon("quick-run");
    private final org.journeyworkbench.ui.workshop.WorkshopMode workshop;
    private final WindowSettingsStore windowStore;
    private WindowFrame frame;

    public MainWindow(Stage stage, WorkbenchDocument document, Prompts prompts, RecentFiles recent,
                      Runnable afterSave, ExportAction export) {
        this(stage, document, prompts, recent, afterSave, export, false);
    }

    /**
     * @param quickStart the first frame shows only the assumption rows that fit on screen; call
     *                   {@link #finishStart} once it is painted to build the rest
     */
    public MainWindow(Stage stage, WorkbenchDocument document, Prompts prompts, RecentFiles recent,
                      Runnable afterSave, ExportAction export, boolean quickStart) {
        this(stage, document, prompts, recent, afterSave, export, quickStart, WindowSettingsStore.none());
    }

    /**
     * @param windowStore where the window's size, position and panel widths are remembered between runs
     *                    (the application's file in the user's home; tests pass a temporary one or none)
     */
    public MainWindow(Stage stage, WorkbenchDocument document, Prompts prompts, RecentFiles recent,
                      Runnable afterSave, ExportAction export, boolean quickStart, WindowSettingsStore windowStore) {
        this.quickStart = quickStart;
        this.windowStore = windowStore;
        this.stage = stage;
        this.document = document;
        this.prompts = prompts;
        this.files = new FileActions(document, prompts, recent, afterSave);
        this.scenarios = new ScenarioActions(document, prompts);
        this.canvas = new JourneyCanvasView(document);
        canvas.setPrompts(prompts);
        this.options = new OptionsViewModel(document);
        this.checks = new org.journeyworkbench.ui.costs.ChecksViewModel(document);
        this.export = () -> export.run(files, prompts, document);
        this.workshop = new org.journeyworkbench.ui.workshop.WorkshopMode(stage, document, options, prompts);
        stage.setScene(createScene());
        frame.place();
        bind();
    }

    private static java.util.concurrent.ExecutorService daemon(String name) {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** What File ▸ Export to Excel… does; supplied by the application so the window stays small. */
    public interface ExportAction {
        void run(FileActions files, Prompts prompts, WorkbenchDocument document);
    }

    /** After a quick start's first frame: builds what it left out, then runs {@code whenDone}. */
    public void finishStart(Runnable whenDone) {
        assumptions.buildDeferredRows(whenDone);
    }

    public FileActions files() {
        return files;
    }

    public JourneyCanvasView canvas() {
        return canvas;
    }

    /** Every option side by side, live (the Options tab and the results' pinned baseline). */
    public OptionsViewModel options() {
        return options;
    }

    /** Workshop mode: View ▸ Present (F5), or {@code --present} on the command line. */
    public org.journeyworkbench.ui.workshop.WorkshopMode workshop() {
        return workshop;
    }

    /** The window's size, position and side panels (shown or hidden, and how wide). */
    public WindowFrame frame() {
        return frame;
    }

    /** Shows the results (0) or the options side by side (1) under the diagram. */
    public void showTab(int index) {
        resultsTabs.getSelectionModel().select(index);
    }

    private Scene createScene() {
        assumptions = new AssumptionsView(document, quickStart);
        InspectorView inspector = new InspectorView(document);
        ResultsView results = new ResultsView(document);
        javafx.scene.control.ScrollPane resultsScroll = new javafx.scene.control.ScrollPane(results);
        resultsScroll.setFitToWidth(true);
        resultsScroll.setFitToHeight(true);
        resultsScroll.setId("resultsScroll");
        // The pinned baseline's figures behind the live ones in the chart by agency.
        options.baselineResultProperty().addListener((o, was, now) -> results.showBaseline(now));
        results.showBaseline(options.baselineResultProperty().get());
        results.addUnderNpv(quickRunBand());
        OptionsView optionsView = new OptionsView(options);
        javafx.scene.control.ScrollPane optionsScroll = new javafx.scene.control.ScrollPane(optionsView);
        optionsScroll.setFitToWidth(true);
        optionsScroll.setId("optionsScroll");
        Tab resultsTab = new Tab("Results", resultsScroll);
        resultsTab.setId("resultsTab");
        Tab optionsTab = new Tab("Options side by side", optionsScroll);
        optionsTab.setId("optionsTab");
        optionsView.setShowing(false);
        optionsTab.selectedProperty().addListener((o, was, now) -> optionsView.setShowing(now));
        Tab checksTab = new Tab("Checks", new org.journeyworkbench.ui.costs.ChecksView(checks));
        checksTab.setId("checksTab");
        resultsTabs.getTabs().setAll(resultsTab, optionsTab, sensitivityTab(), simulationTab(), checksTab);
        resultsTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        resultsTabs.setId("resultsTabs");
        SplitPane middle = new SplitPane(canvas, resultsTabs);
        middle.setId("middleSplit");
        middle.setOrientation(Orientation.VERTICAL);
        SplitPane main = new SplitPane(assumptions, middle, inspector);
        main.setId("mainSplit");
        // Sizes, position and panel widths: remembered, and the side panels collapsible (View menu).
        frame = new WindowFrame(stage, windowStore, main, middle, assumptions, inspector);
        BorderPane root = new BorderPane(main);
        root.setId("mainRoot");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar());
        // Sized by the frame (WindowFrame.place) before it is shown.
        Scene scene = new Scene(root);
        // The base stylesheet first: the others (the uncertainty views', the diagram's, the inputs') refine it.
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("uncertainty.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("canvas.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("assumptions.css").toExternalForm());
        UndoKeys.install(scene, document);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().getFiles();
            boolean ok = !dropped.isEmpty() && files.open(dropped.get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
        return scene;
    }

    /** The NPV's P10–P90 from a quick simulation after each change, under the headline NPV. */
    private Label quickRunBand() {
        QuickRun quick = new QuickRun(document, QUICK, javafx.application.Platform::runLater);
        Label band = new Label();
        band.setId("npvBand");
        band.getStyleClass().add("headline-band");
        band.setMinWidth(0);
        band.textProperty().bind(quick.bandProperty());
        band.managedProperty().bind(band.textProperty().isNotEmpty());
        band.visibleProperty().bind(band.textProperty().isNotEmpty());
        band.setTooltip(new Tooltip("8 in 10 of " + String.format("%,d", QuickRun.SAMPLES) + " quick samples of the "
                + "NPV fall in this range, drawn from the inputs' ranges after each change; the Monte Carlo tab runs more"));
        return band;
    }

    /** Monte Carlo: run on demand, off the JavaFX thread. */
    private Tab simulationTab() {
        SimulationViewModel model = new SimulationViewModel(document, SIMULATION, javafx.application.Platform::runLater);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new SimulationView(model));
        scroll.setFitToWidth(true);
        scroll.setId("simulationScroll");
        Tab tab = new Tab("Monte Carlo", scroll);
        tab.setId("simulationTab");
        return tab;
    }

    /** Which assumptions matter: the tornado, computed only while its tab is showing. */
    private Tab sensitivityTab() {
        SensitivityViewModel model = new SensitivityViewModel(document, false);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new SensitivityView(model));
        scroll.setFitToWidth(true);
        scroll.setId("sensitivityScroll");
        Tab tab = new Tab("Sensitivity", scroll);
        tab.setId("sensitivityTab");
        model.setShowing(false);
        tab.selectedProperty().addListener((o, was, now) -> model.setShowing(now));
        return tab;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("New", "Shortcut+N", "menuNew", files::newModel),
                item("Open…", "Shortcut+O", "menuOpen", files::openChosen),
                recentMenu,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", "menuSave", files::save),
                item("Save As…", "Shortcut+Shift+S", "menuSaveAs", files::saveAs),
                new SeparatorMenuItem(),
                item("Export to Excel…", "Shortcut+E", "menuExport", export),
                item("Export Diagram…", null, "menuExportDiagram", canvas::exportDiagram),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", "menuQuit", this::close));
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem undo = item("Undo", "Shortcut+Z", "menuUndo", document::undo);
        undo.textProperty().bind(Bindings.when(document.undoLabelProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", document.undoLabelProperty())));
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", "menuRedo", document::redo);
        redo.textProperty().bind(Bindings.when(document.redoLabelProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", document.redoLabelProperty())));
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem redoAlt = item("Redo", "Shortcut+Shift+Z", "menuRedoAlt", document::redo);
        redoAlt.setVisible(false);
        redoAlt.disableProperty().bind(document.canRedoProperty().not());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("Add Stage", "Shortcut+Shift+N", "menuAddStage", canvas::addStage),
                item("Add Target Group", "Shortcut+Shift+G", "menuAddGroup", canvas::addTargetGroup),
                item("Add Initiative", "Shortcut+Shift+I", "menuAddInitiative", canvas::addInitiative),
                item("Delete", null, "menuDelete", canvas::deleteSelection));
        Menu view = new Menu("_View");
        view.getItems().addAll(item("Zoom In", "Shortcut+EQUALS", "menuZoomIn", canvas::zoomIn),
                item("Zoom Out", "Shortcut+MINUS", "menuZoomOut", canvas::zoomOut),
                item("Fit Journey to Window", "Shortcut+0", "menuFit", canvas::fitToWindow),
                new SeparatorMenuItem(),
                panelToggle("Assumptions Panel", "Shortcut+B", "menuShowAssumptions",
                        frame.assumptionsShownProperty()),
                panelToggle("Inspector Panel", "Shortcut+Shift+B", "menuShowInspector",
                        frame.inspectorShownProperty()),
                new SeparatorMenuItem(),
                item("Results", "Shortcut+1", "menuShowResults", () -> showTab(0)),
                item("Options Side by Side", "Shortcut+2", "menuShowOptions", () -> showTab(1)),
                item("Sensitivity", "Shortcut+3", "menuShowSensitivity", () -> showTab(2)),
                item("Monte Carlo", "Shortcut+4", "menuShowSimulation", () -> showTab(3)),
                item("Checks", "Shortcut+5", "menuShowChecks", () -> showTab(4)),
                new SeparatorMenuItem(),
                item("Unit Costs…", "Shortcut+U", "menuUnitCosts", this::unitCosts),
                new SeparatorMenuItem(),
                item("Present (Workshop Mode)", "F5", "menuPresent", workshop::enter));
        Menu scenario = new Menu("_Scenario");
        scenario.getItems().addAll(item("New Scenario from Current Values…", null, "menuNewScenario", scenarios::create),
                item("Rename Scenario…", null, "menuRenameScenario", scenarios::rename),
                item("Delete Scenario", null, "menuDeleteScenario", scenarios::delete));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("Keyboard Shortcuts", "F1", "menuShortcuts", this::shortcuts),
                item("About Journey Workbench", null, "menuAbout", this::about));
        MenuBar bar = new MenuBar(file, edit, view, scenario, help);
        bar.setId("menuBar");
        return bar;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> recent = files.recentFiles();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path p : recent) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> files.open(p));
            recentMenu.getItems().add(i);
        }
    }

    /** A View menu item that shows or hides a side panel, ticked while it is shown. */
    private static CheckMenuItem panelToggle(String text, String accelerator, String id,
                                             javafx.beans.property.BooleanProperty shown) {
        CheckMenuItem i = new CheckMenuItem(text);
        i.setId(id);
        i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.selectedProperty().bindBidirectional(shown);
        return i;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private ToolBar toolBar() {
        scenarioPicker.setId("scenarioPicker");
        scenarioPicker.setAccessibleText("Scenario being edited");
        scenarioPicker.setPrefWidth(220);
        scenarioPicker.setMinWidth(140);
        scenarioPicker.setOnAction(e -> {
            String chosen = scenarioPicker.getValue();
            if (chosen != null && !chosen.equals(document.scenarioName())) {
                document.setScenario(chosen);
            }
        });
        Label scenarioLabel = new Label("Scenario:");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button("Open", "toolOpen", "Open a model (Ctrl+O)", files::openChosen),
                button("Save", "toolSave", "Save (Ctrl+S)", files::save),
                new Separator(),
                button("Undo", "toolUndo", "Undo (Ctrl+Z)", document::undo),
                button("Redo", "toolRedo", "Redo (Ctrl+Y)", document::redo),
                new Separator(),
                scenarioLabel, scenarioPicker,
                button("New scenario…", "toolNewScenario", "A new scenario from the values you see now",
                        scenarios::create),
                new Separator(),
                button("+ Stage", "toolAddStage", "Add a stage to the journey", canvas::addStage),
                button("+ Target group", "toolAddGroup", "Add a target group", canvas::addTargetGroup),
                button("+ Initiative", "toolAddInitiative", "Add an initiative", canvas::addInitiative),
                button("Delete", "toolDelete", "Delete what is selected (Delete)", canvas::deleteSelection),
                spacer,
                button("Export to Excel…", "toolExport", "Export the tables to an Excel workbook", export));
        bar.getItems().stream().filter(n -> "toolUndo".equals(n.getId())).findFirst()
                .ifPresent(n -> n.disableProperty().bind(document.canUndoProperty().not()));
        bar.getItems().stream().filter(n -> "toolRedo".equals(n.getId())).findFirst()
                .ifPresent(n -> n.disableProperty().bind(document.canRedoProperty().not()));
        return bar;
    }

    private static Button button(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleText(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox statusBar() {
        StatusLineViewModel line = new StatusLineViewModel(document);
        Label status = new Label();
        status.setId("statusLine");
        status.setWrapText(false);
        status.textProperty().bind(line.textProperty());
        // One line: a long message is cut with "…", and reads in full when the pointer rests on it.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(line.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        status.setTooltip(whole);
        line.warningProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(WARNING, now));
        status.pseudoClassStateChanged(WARNING, line.warningProperty().get());
        HBox bar = new HBox(status);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static final javafx.css.PseudoClass WARNING = javafx.css.PseudoClass.getPseudoClass("warning");

    private void bind() {
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (document.isDirty() ? "*" : "") + files.displayName() + " — Journey Workbench",
                document.dirtyProperty(), document.fileProperty()));
        document.modelProperty().addListener((o, was, now) -> fillScenarios());
        document.scenarioNameProperty().addListener((o, was, now) -> fillScenarios());
        fillScenarios();
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
    }

    private void fillScenarios() {
        List<String> names = new java.util.ArrayList<>();
        names.add(Scenario.BASE_NAME);
        document.model().scenarios().forEach(s -> names.add(s.name()));
        if (!names.equals(scenarioPicker.getItems())) {
            scenarioPicker.setItems(FXCollections.observableArrayList(names));
        }
        scenarioPicker.setValue(document.scenarioName());
    }

    private void close() {
        if (files.confirmDiscard()) {
            stage.hide();
        }
    }

    private void shortcuts() {
        prompts.info("Keyboard shortcuts", String.join("\n",
                "Ctrl+N  New            Ctrl+O  Open            Ctrl+S  Save        Ctrl+Shift+S  Save As",
                "Ctrl+Z  Undo           Ctrl+Y / Ctrl+Shift+Z  Redo                 Ctrl+E  Export to Excel",
                "Ctrl+0  Fit journey    Ctrl+=  Zoom in         Ctrl+-  Zoom out",
                "Ctrl+B  Hide or show the Assumptions panel     Ctrl+Shift+B  Hide or show the inspector",
                "Ctrl+Z and Ctrl+Y work in a field too: what is typed there is committed first, then undone.",
                "Ctrl+1  Results        Ctrl+2  Options side by side (right-click an option to pin it as the baseline)",
                "Ctrl+3  Sensitivity (click a bar to select its input)    Ctrl+4  Monte Carlo",
                "Ctrl+5  Checks (where figures come from)       Ctrl+U  Unit Costs (the library)",
                "F5  Present (workshop mode): arrow keys move a lever, 1–9 show an option, Esc leaves.",
                "Right-click an input under Assumptions to pin it as a lever for workshop mode.",
                "Ctrl+Shift+N  Add stage    Ctrl+Shift+G  Add target group    Ctrl+Shift+I  Add initiative",
                "Alt+F, Alt+E, …  open the menus from the keyboard.",
                "On the diagram: click to select, drag to move, Shift-drag from a stage to another to connect,",
                "Delete to delete, arrow keys to nudge (Shift: further), Tab to move between items, Esc to clear.",
                "Drag the background or scroll to pan; Ctrl+scroll to zoom. Drop a model file on the window to open it."));
    }

    /** The unit-cost library, to browse (picking is from a stage's or cost line's inspector). */
    private void unitCosts() {
        var library = new org.journeyworkbench.ui.costs.UnitCostsViewModel(document);
        new org.journeyworkbench.ui.costs.UnitCostsWindow(library, stage, "", null).show();
        // A library or deflator added there changes what the checks say.
        library.statusProperty().addListener((o, was, now) -> checks.update(document.model()));
    }

    private void about() {
        prompts.info("About Journey Workbench", AboutText.text());
    }
}
