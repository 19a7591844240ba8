package org.journeyworkbench.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.engine.result.SummaryRow;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.ui.canvas.CanvasLabels;

/**
 * The journey simplified for a room: one column an agency with its first-year impact (what it saves, or pays
 * in brackets), and under it the agency's stages whose cases a year the initiatives change, "before → after".
 * The texts are the diagram's own ({@link CanvasLabels}) and the figures the result's: nothing is worked out
 * again here.
 *
 * @param unchanged how many stages with cases the initiatives leave as they are (not listed)
 */
public record RoomJourney(List<AgencyColumn> agencies, int unchanged) {
    public RoomJourney {
        agencies = List.copyOf(agencies);
    }

    /** An agency's column. {@code impact} is its year 1 impact: a saving, or a cost in brackets. */
    public record AgencyColumn(String id, String name, String colour, String impact, boolean negative,
                               List<StageLine> stages) {
        public AgencyColumn {
            stages = List.copyOf(stages);
        }
    }

    /** A stage: its name and its cases a year before → after the initiatives ("56 → 40 cases a year"). */
    public record StageLine(String id, String name, String cases) {
    }

    public static RoomJourney empty() {
        return new RoomJourney(List.of(), 0);
    }

    public static RoomJourney of(JourneyModel model, Result result) {
        CanvasLabels labels = CanvasLabels.of(model, result);
        List<AgencyColumn> columns = new ArrayList<>();
        int unchanged = 0;
        for (Agency a : model.agencies()) {
            List<StageLine> lines = new ArrayList<>();
            for (Stage s : model.stages()) {
                if (!s.agencyId().equals(a.id())) {
                    continue;
                }
                CanvasLabels.BoxText text = labels.stages().get(s.id());
                // The diagram shows "before → after" only where the initiatives change the cases.
                if (text != null && text.third().contains("→")) {
                    lines.add(new StageLine(s.id(), text.heading(), text.third()));
                } else if (result.casesAtStage().getOrDefault(s.id(), 0.0) > 0) {
                    unchanged++;
                }
            }
            SummaryRow row = result.summary().rows().stream().filter(r -> r.agencyId().equals(a.id())).findFirst()
                    .orElse(null);
            double impact = row == null ? 0 : row.year1Impact();
            if (lines.isEmpty() && Math.abs(impact) < 0.5) {
                continue;
            }
            columns.add(new AgencyColumn(a.id(), a.name(), a.colour(), Money.format(impact), impact < -0.5, lines));
        }
        return new RoomJourney(columns, unchanged);
    }
}
