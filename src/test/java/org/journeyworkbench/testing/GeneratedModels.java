package org.journeyworkbench.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;

/**
 * Valid journeys of any size for property tests and benchmarks: stage i leads to i+1 and i+2 (so the
 * journey is acyclic and every stage is reachable), with random rates adding up to at most 100%, random
 * unit costs spread over six agencies, and one initiative per target group.
 */
public final class GeneratedModels {
    private GeneratedModels() {
    }

    public static JourneyModel journey(int stageCount, int groupCount, long seed) {
        Random rnd = new Random(seed);
        List<Agency> agencies = new ArrayList<>();
        String[] names = {"Police", "CPS", "Probation", "Court", "Prison", "TBC"};
        for (int a = 0; a < names.length; a++) {
            agencies.add(new Agency("a" + a, names[a], String.format("#%06X", rnd.nextInt(0x1000000))));
        }
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(new Stage("s" + s, "Stage " + s, "a" + rnd.nextInt(agencies.size()),
                    Math.round(rnd.nextDouble() * 20_000), "generated", 2012, null));
        }
        List<Transition> transitions = new ArrayList<>();
        double[] firstRate = new double[stageCount];
        for (int s = 0; s + 1 < stageCount; s++) {
            double first = rnd.nextDouble() * 0.9;
            firstRate[s] = round(first);
            transitions.add(new Transition("t" + s + "a", "s" + s, "s" + (s + 1), firstRate[s], ""));
            if (s + 2 < stageCount) {
                double second = rnd.nextDouble() * (1 - first) * 0.9;
                transitions.add(new Transition("t" + s + "b", "s" + s, "s" + (s + 2), round(second), ""));
            }
        }
        List<TargetGroup> groups = new ArrayList<>();
        List<Initiative> initiatives = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int entry = rnd.nextInt(Math.max(1, stageCount / 2));
            int last = stageCount - 1;
            String t = "t" + entry + "a";
            Map<String, Double> rates = entry + 1 < stageCount ? Map.of(t, round(firstRate[entry] / 2)) : Map.of();
            groups.add(new TargetGroup("g" + g, "Group " + g, "referrer", 10 + rnd.nextInt(500), "s" + entry,
                    rates, Map.of("s" + last, 8400.0), null));
            int stage = entry + rnd.nextInt(Math.max(1, Math.min(5, stageCount - entry)));
            initiatives.add(new Initiative("i" + g, "Initiative " + g, "", "g" + g, "s" + stage,
                    TakeUp.share(0.5), List.of("s" + last), new Reoffending(0.2, 1, "s" + entry),
                    List.of(new CostLine("run", "Running", "a" + rnd.nextInt(6), 1500, 1, CostLine.Basis.PER_CASE)),
                    List.of(new CostLine("setup", "Set-up", "a5", 50_000, 1, CostLine.Basis.FIXED)), true, null));
        }
        return new JourneyModel("Generated journey of " + stageCount + " stages", "", agencies, stages, transitions,
                groups, initiatives, Level1.barnet(), List.of());
    }

    private static double round(double rate) {
        return Math.round(rate * 1000) / 1000.0;
    }
}
