package org.journeyworkbench.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyworkbench.engine.Engine;
import org.journeyworkbench.engine.result.Result;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * The first version's Summary added rows up by agency label with SUMIFS, which ignores case: agencies
 * "police" and "POLICE" were each counted twice (£380,075 in the workbook against £166,604 in the app).
 * Totals now refer to cells, so the workbook and the app agree whatever the ids and names.
 */
class AgencyIdsTest {
    @Test
    void agencyIdsThatDifferOnlyInCaseGiveTheAppsTotals() throws Exception {
        JourneyModel m = Samples.barnet();
        List<Agency> agencies = new ArrayList<>(m.agencies());
        agencies.add(new Agency("POLICE", "POLICE", "#000000"));
        m = m.withAgencies(agencies).withStage("arrest", s -> s.withAgency("POLICE"));
        Result app = Engine.compute(m);
        assertEquals(166_604.40, app.netSystemSaving(), 0.005);
        try (XSSFWorkbook wb = ExcelExport.build(m, null)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            var sheet = wb.getSheet(SummarySheet.NAME);
            WorkbookCheck.summaryMatchesEngine(app, (r, c) -> ev.evaluate(sheet.getRow(r).getCell(c)).getNumberValue(),
                    "police and POLICE");
        }
    }
}
