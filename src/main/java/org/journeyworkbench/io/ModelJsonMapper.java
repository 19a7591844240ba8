package org.journeyworkbench.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.journeyworkbench.io.ModelJson.AgencyJson;
import org.journeyworkbench.io.ModelJson.AppraisalJson;
import org.journeyworkbench.io.ModelJson.CorrelationJson;
import org.journeyworkbench.io.ModelJson.CostLineJson;
import org.journeyworkbench.io.ModelJson.DistributionJson;
import org.journeyworkbench.io.ModelJson.DiscountBandJson;
import org.journeyworkbench.io.ModelJson.InitiativeJson;
import org.journeyworkbench.io.ModelJson.Level1Json;
import org.journeyworkbench.io.ModelJson.OptimismBiasJson;
import org.journeyworkbench.io.ModelJson.PositionJson;
import org.journeyworkbench.io.ModelJson.ProfileJson;
import org.journeyworkbench.io.ModelJson.ScenarioJson;
import org.journeyworkbench.io.ModelJson.SourceJson;
import org.journeyworkbench.io.ModelJson.StageJson;
import org.journeyworkbench.io.ModelJson.TargetGroupJson;
import org.journeyworkbench.io.ModelJson.TermJson;
import org.journeyworkbench.io.ModelJson.TransitionJson;
import org.journeyworkbench.model.Agency;
import org.journeyworkbench.model.Appraisal;
import org.journeyworkbench.model.Checks;
import org.journeyworkbench.model.Correlation;
import org.journeyworkbench.model.CostLine;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.DiscountBand;
import org.journeyworkbench.model.Initiative;
import org.journeyworkbench.model.JourneyModel;
import org.journeyworkbench.model.Level1;
import org.journeyworkbench.model.Level1Term;
import org.journeyworkbench.model.Measure;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.OptimismBias;
import org.journeyworkbench.model.Position;
import org.journeyworkbench.model.PriceYear;
import org.journeyworkbench.model.Profile;
import org.journeyworkbench.model.Provenance;
import org.journeyworkbench.model.Reoffending;
import org.journeyworkbench.model.Scenario;
import org.journeyworkbench.model.Stage;
import org.journeyworkbench.model.TakeUp;
import org.journeyworkbench.model.TargetGroup;
import org.journeyworkbench.model.Transition;
import org.journeyworkbench.model.Uncertainty;
import org.journeyworkbench.model.Workshop;

/**
 * Turns the file's data into model records and back. Every problem names its JSON path
 * ({@code $.stages[3].unitCost}) so a person editing the file by hand can find it.
 */
final class ModelJsonMapper {
    private ModelJsonMapper() {
    }

    static JourneyModel toModel(ModelJson j) {
        return at("$", () -> {
            String name = required(j.name(), "$.name");
            Appraisal appraisal = appraisal(j.appraisal());
            return new JourneyModel(name, j.notes(),
                    list(j.agencies(), "$.agencies", ModelJsonMapper::agency),
                    list(j.stages(), "$.stages", ModelJsonMapper::stage),
                    list(j.transitions(), "$.transitions", ModelJsonMapper::transition),
                    list(j.targetGroups(), "$.targetGroups", ModelJsonMapper::targetGroup),
                    list(j.initiatives(), "$.initiatives", (i, p) -> initiative(i, p, appraisal)),
                    level1(j.level1()),
                    list(j.scenarios(), "$.scenarios", ModelJsonMapper::scenario),
                    appraisal, uncertainty(j.uncertainty(), j.correlations(), "$"), workshop(j.workshop()));
        });
    }

    private interface Reader<J, T> {
        T read(J json, String path);
    }

    private static <J, T> List<T> list(List<J> items, String path, Reader<J, T> reader) {
        if (items == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            String p = path + "[" + k + "]";
            J item = items.get(k);
            if (item == null) {
                throw new ModelException(p, "is empty (null); remove it or fill it in");
            }
            out.add(at(p, () -> reader.read(item, p)));
        }
        return out;
    }

    /** Runs {@code make}, re-labelling a record's own complaint with the JSON path it came from. */
    private static <T> T at(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (ModelException e) {
            if (e.field().startsWith("$")) {
                throw e;
            }
            throw new ModelException(path + suffix(path, e.field()), e.problem());
        }
    }

    /**
     * As {@link #suffix(String)}, without repeating the part of the path the record names itself by: a
     * {@code TakeUp} read at {@code $.initiatives[2].takeUp} says "takeUp.value", which is
     * {@code $.initiatives[2].takeUp.value}, and the appraisal's "appraisal.years" at {@code $.appraisal} is
     * {@code $.appraisal.years}.
     */
    private static String suffix(String path, String field) {
        String s = suffix(field);
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        String own = "." + (bracket >= 0 ? last.substring(0, bracket) : last) + ".";
        return s.startsWith(own) ? s.substring(own.length() - 1) : s;
    }

    /** "stages[arrest].unitCost" becomes ".unitCost"; "stage id" becomes ".id". */
    private static String suffix(String field) {
        int close = field.indexOf("].");
        if (close >= 0) {
            return field.substring(close + 1);
        }
        if (field.endsWith(" id")) {
            return ".id";
        }
        if (field.isEmpty() || field.contains("[")) {
            return "";
        }
        return "." + field.replace(' ', '.');
    }

    private static <T> T required(T value, String path) {
        if (value == null) {
            throw new ModelException(path, "is missing; it is required");
        }
        return value;
    }

    private static Agency agency(AgencyJson j, String p) {
        return new Agency(required(j.id(), p + ".id"), required(j.name(), p + ".name"), j.colour());
    }

    private static Position position(PositionJson j, String p) {
        if (j == null) {
            return null;
        }
        return at(p, () -> new Position(required(j.x(), p + ".x"), required(j.y(), p + ".y")));
    }

    private static Stage stage(StageJson j, String p) {
        return new Stage(required(j.id(), p + ".id"), required(j.name(), p + ".name"),
                required(j.agency(), p + ".agency"), required(j.unitCost(), p + ".unitCost"),
                provenance(j.source(), j.priceYear(), j.libraryId(), p), position(j.position(), p + ".position"));
    }

    private static Transition transition(TransitionJson j, String p) {
        return new Transition(required(j.id(), p + ".id"), required(j.from(), p + ".from"),
                required(j.to(), p + ".to"), required(j.rate(), p + ".rate"), j.label(), Provenance.of(j.source()));
    }

    private static TargetGroup targetGroup(TargetGroupJson j, String p) {
        Map<String, Provenance> rateSources = new LinkedHashMap<>();
        if (j.rateSources() != null) {
            j.rateSources().forEach((k, v) -> rateSources.put(k, Provenance.of(v)));
        }
        Map<String, Provenance> unitCostSources = new LinkedHashMap<>();
        if (j.unitCostSources() != null) {
            j.unitCostSources().forEach((k, v) -> unitCostSources.put(k,
                    provenance(v == null ? null : v.source(), v == null ? null : v.priceYear(),
                            v == null ? null : v.libraryId(), p + ".unitCostSources." + k)));
        }
        return new TargetGroup(required(j.id(), p + ".id"), required(j.name(), p + ".name"), j.referrer(),
                required(j.cases(), p + ".cases"), required(j.entryStage(), p + ".entryStage"),
                noNulls(j.rates(), p + ".rates"), noNulls(j.unitCosts(), p + ".unitCosts"),
                position(j.position(), p + ".position"), Provenance.of(j.casesSource()), rateSources,
                unitCostSources);
    }

    /**
     * A source, price year and library link read at {@code p}: a bad year is reported as {@code p.priceYear}. A
     * number is a calendar year (as files before financial years hold them); text is "2012-13", "2012/13" or
     * "2012".
     */
    private static Provenance provenance(String source, Object priceYear, String libraryId, String p) {
        return at(p, () -> new Provenance(Checks.optionalText(source), priceYear(priceYear), libraryId));
    }

    private static PriceYear priceYear(Object raw) {
        if (raw == null) {
            return PriceYear.NONE;
        }
        if (raw instanceof Integer i) {
            return i == 0 ? PriceYear.NONE : PriceYear.calendar(i);
        }
        if (raw instanceof String text) {
            return PriceYear.parse(text);
        }
        throw new ModelException("priceYear", "write a year such as 2012 or 2012-13");
    }

    private static <V> Map<String, V> noNulls(Map<String, V> map, String p) {
        if (map == null) {
            return Map.of();
        }
        map.forEach((k, v) -> required(v, p + "." + k));
        return map;
    }

    private static Appraisal appraisal(AppraisalJson j) {
        if (j == null) {
            return Appraisal.defaults();
        }
        String p = "$.appraisal";
        List<DiscountBand> bands = list(j.discountRates(), p + ".discountRates", ModelJsonMapper::discountBand);
        for (int k = 0; k < bands.size(); k++) {
            // the record checks this too, but can only say "band 2"; here the message names the entry
            int from = bands.get(k).fromYear();
            String at = p + ".discountRates[" + k + "].fromYear";
            if (k == 0 && from != 0) {
                throw new ModelException(at, "the first band must start at year 0 (it starts at year " + from + ")");
            }
            if (k > 0 && from <= bands.get(k - 1).fromYear()) {
                throw new ModelException(at, "the bands must be in order of fromYear, each starting after the one "
                        + "before (this one starts at year " + from + ", the one before at year "
                        + bands.get(k - 1).fromYear() + ")");
            }
        }
        OptimismBias bias = optimismBias(j.optimismBias(), p + ".optimismBias", OptimismBias.none());
        return at(p, () -> new Appraisal(j.years() == null ? Appraisal.DEFAULT_YEARS : j.years(), bands,
                bias, j.priceBase(), j.firstYear()));
    }

    private static DiscountBand discountBand(DiscountBandJson j, String p) {
        return new DiscountBand(required(j.fromYear(), p + ".fromYear"), required(j.rate(), p + ".rate"));
    }

    /** Null when absent; a part left out is taken from {@code base}. */
    private static OptimismBias optimismBias(OptimismBiasJson j, String p, OptimismBias base) {
        if (j == null) {
            return null;
        }
        return at(p, () -> new OptimismBias(j.costs() == null ? base.costs() : j.costs(),
                j.benefits() == null ? base.benefits() : j.benefits()));
    }

    /** Flat when absent; the record's "profile.takeUp.1" is reported as {@code ….profile.takeUp[1]}. */
    private static Profile profile(ProfileJson j, String p) {
        if (j == null) {
            return Profile.flat();
        }
        try {
            return new Profile(j.takeUp(), j.runningCosts(), j.setUpCosts());
        } catch (ModelException e) {
            String field = e.field().startsWith("profile.") ? e.field().substring("profile.".length()) : e.field();
            String where = field.isEmpty() ? "" : "." + field.replaceFirst("\\.(\\d+)$", "[$1]");
            throw new ModelException(p + where, e.problem());
        }
    }

    private static Initiative initiative(InitiativeJson j, String p, Appraisal appraisal) {
        TakeUp takeUp = at(p + ".takeUp", () -> {
            var t = required(j.takeUp(), p + ".takeUp");
            String basis = required(t.basis(), p + ".takeUp.basis");
            TakeUp.Basis b = switch (basis) {
                case "count" -> TakeUp.Basis.COUNT;
                case "share" -> TakeUp.Basis.SHARE;
                default -> throw new ModelException(p + ".takeUp.basis",
                        "\"" + basis + "\" is not a take-up basis: use \"count\" or \"share\"");
            };
            return new TakeUp(b, required(t.value(), p + ".takeUp.value"), Provenance.of(t.source()));
        });
        Reoffending reoffending = j.reoffending() == null ? null : at(p + ".reoffending", () -> new Reoffending(
                required(j.reoffending().reduction(), p + ".reoffending.reduction"),
                required(j.reoffending().repeatJourneysPerCase(), p + ".reoffending.repeatJourneysPerCase"),
                required(j.reoffending().repeatFromStage(), p + ".reoffending.repeatFromStage"),
                Provenance.of(j.reoffending().source())));
        if (j.alternativeRoute() != null) {
            for (int k = 0; k < j.alternativeRoute().size(); k++) {
                required(j.alternativeRoute().get(k), p + ".alternativeRoute[" + k + "]");
            }
        }
        Profile profile = profile(j.profile(), p + ".profile");
        OptimismBias bias = optimismBias(j.optimismBias(), p + ".optimismBias", appraisal.optimismBias());
        return new Initiative(required(j.id(), p + ".id"), required(j.name(), p + ".name"), j.description(),
                required(j.targetGroup(), p + ".targetGroup"), j.interventionStage(), takeUp, j.alternativeRoute(),
                reoffending, list(j.runningCosts(), p + ".runningCosts", ModelJsonMapper::costLine),
                list(j.setUpCosts(), p + ".setUpCosts", ModelJsonMapper::costLine),
                j.enabled() == null || j.enabled(), position(j.position(), p + ".position"), profile,
                j.deadweight() == null ? 0 : j.deadweight(), bias, Provenance.of(j.deadweightSource()));
    }

    private static CostLine costLine(CostLineJson j, String p) {
        String basis = j.basis() == null ? "fixed" : j.basis();
        CostLine.Basis b = switch (basis) {
            case "fixed" -> CostLine.Basis.FIXED;
            case "perCase" -> CostLine.Basis.PER_CASE;
            default -> throw new ModelException(p + ".basis",
                    "\"" + basis + "\" is not a cost basis: use \"fixed\" or \"perCase\"");
        };
        Provenance source = provenance(j.source(), j.priceYear(), j.libraryId(), p);
        return new CostLine(required(j.id(), p + ".id"), j.label(), required(j.agency(), p + ".agency"),
                required(j.unitCost(), p + ".unitCost"), j.quantity() == null ? 1 : j.quantity(), b, source);
    }

    private static Level1 level1(Level1Json j) {
        if (j == null) {
            return Level1.barnet();
        }
        return new Level1(list(j.terms(), "$.level1.terms", ModelJsonMapper::term),
                required(j.formula(), "$.level1.formula"));
    }

    private static Level1Term term(TermJson j, String p) {
        String measure = required(j.measure(), p + ".measure");
        Measure m = MEASURES.get(measure);
        if (m == null) {
            throw new ModelException(p + ".measure", "\"" + measure + "\" is not a measure: use one of "
                    + String.join(", ", MEASURES.keySet()));
        }
        if (m == Measure.CONSTANT) {
            required(j.value(), p + ".value");
        }
        return new Level1Term(required(j.name(), p + ".name"), j.label(), m, j.value() == null ? 0 : j.value());
    }

    private static Scenario scenario(ScenarioJson j, String p) {
        return new Scenario(required(j.name(), p + ".name"), j.description(), noNulls(j.overrides(), p + ".overrides"),
                noNulls(j.initiatives(), p + ".initiatives"), uncertainty(j.uncertainty(), j.correlations(), p));
    }

    /** The {@code uncertainty} map and {@code correlations} list at {@code p} (the top level or a scenario). */
    private static Uncertainty uncertainty(Map<String, DistributionJson> ranges, List<CorrelationJson> correlations,
                                           String p) {
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        if (ranges != null) {
            ranges.forEach((address, d) -> {
                String at = p + ".uncertainty." + address;
                distributions.put(address, distribution(required(d, at), at));
                if (d.source() != null && !d.source().isBlank()) {
                    sources.put(address, d.source());
                }
            });
        }
        List<Correlation> links = list(correlations, p + ".correlations", ModelJsonMapper::correlation);
        return at(p, () -> {
            try {
                return new Uncertainty(distributions, sources, links);
            } catch (ModelException e) {
                throw new ModelException(p + "." + e.field(), e.problem());
            }
        });
    }

    private static Distribution distribution(DistributionJson j, String p) {
        String kind = required(j.distribution(), p + ".distribution");
        try {
            return switch (kind) {
                case "fixed" -> new Distribution.Fixed();
                case "uniform" -> new Distribution.Uniform(required(j.low(), p + ".low"), required(j.high(), p + ".high"));
                case "triangular" -> new Distribution.Triangular(required(j.low(), p + ".low"),
                        required(j.mode(), p + ".mode"), required(j.high(), p + ".high"));
                case "pert" -> new Distribution.Pert(required(j.low(), p + ".low"), required(j.mode(), p + ".mode"),
                        required(j.high(), p + ".high"));
                case "normal" -> new Distribution.Normal(required(j.mean(), p + ".mean"), required(j.sd(), p + ".sd"));
                case "lognormal" -> new Distribution.Lognormal(required(j.mean(), p + ".mean"),
                        required(j.sd(), p + ".sd"));
                default -> throw new ModelException(p + ".distribution", "\"" + kind + "\" is not a distribution: use "
                        + "fixed, uniform, triangular, pert, normal or lognormal");
            };
        } catch (ModelException e) {
            throw e.field().startsWith("$") ? e : new ModelException(p + "." + e.field(), e.problem());
        }
    }

    private static Correlation correlation(CorrelationJson j, String p) {
        List<String> inputs = required(j.inputs(), p + ".inputs");
        if (inputs.size() != 2 || inputs.contains(null)) {
            throw new ModelException(p + ".inputs", "must name exactly two input addresses, e.g. "
                    + "[\"stages.arrest.unitCost\", \"stages.caution.unitCost\"]");
        }
        return new Correlation(inputs.get(0), inputs.get(1), required(j.correlation(), p + ".correlation"), j.source());
    }

    private static Map<String, DistributionJson> distributionsJson(Uncertainty u) {
        if (u.distributions().isEmpty()) {
            return null;
        }
        Map<String, DistributionJson> out = new LinkedHashMap<>();
        u.distributions().forEach((address, d) -> out.put(address, distributionJson(d, emptyToNull(u.source(address)))));
        return out;
    }

    private static DistributionJson distributionJson(Distribution d, String source) {
        double[] a = d.parameters();
        if (a.length == 3) {
            return new DistributionJson(d.kind(), a[0], a[1], a[2], null, null, source);
        }
        if (d instanceof Distribution.Uniform) {
            return new DistributionJson(d.kind(), a[0], null, a[1], null, null, source);
        }
        if (a.length == 2) {
            return new DistributionJson(d.kind(), null, null, null, a[0], a[1], source);
        }
        return new DistributionJson(d.kind(), null, null, null, null, null, source);
    }

    private static List<CorrelationJson> correlationsJson(Uncertainty u) {
        return u.correlations().isEmpty() ? null : u.correlations().stream().map(c -> new CorrelationJson(
                List.of(c.first(), c.second()), c.coefficient(), emptyToNull(c.source()))).toList();
    }

    static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("avoidedJourneyCosts", Measure.AVOIDED_JOURNEY_COSTS);
        MEASURES.put("reducedReoffending", Measure.REDUCED_REOFFENDING);
        MEASURES.put("runningCosts", Measure.RUNNING_COSTS);
        MEASURES.put("setUpCosts", Measure.SET_UP_COSTS);
        MEASURES.put("constant", Measure.CONSTANT);
    }

    static String measureName(Measure m) {
        return MEASURES.entrySet().stream().filter(e -> e.getValue() == m).findFirst().orElseThrow().getKey();
    }

    // ---- model -> file ----

    static ModelJson toJson(JourneyModel m, String savedBy) {
        return new ModelJson(ModelFiles.FORMAT, ModelFiles.FORMAT_VERSION, savedBy, m.name(), m.notes(),
                appraisalJson(m.appraisal()),
                m.agencies().stream().map(a -> new AgencyJson(a.id(), a.name(), a.colour())).toList(),
                m.stages().stream().map(s -> new StageJson(s.id(), s.name(), s.agencyId(), s.unitCost(),
                        emptyToNull(s.source()), year(s.provenance()), emptyToNull(s.provenance().libraryId()),
                        position(s.position()))).toList(),
                m.transitions().stream().map(t -> new TransitionJson(t.id(), t.from(), t.to(), t.rate(),
                        emptyToNull(t.label()), text(t.source()))).toList(),
                m.targetGroups().stream().map(ModelJsonMapper::targetGroupJson).toList(),
                m.initiatives().stream().map(ModelJsonMapper::initiativeJson).toList(),
                new Level1Json(m.level1().terms().stream().map(t -> new TermJson(t.name(), emptyToNull(t.label()),
                        measureName(t.measure()), t.measure() == Measure.CONSTANT ? t.value() : null)).toList(),
                        m.level1().formula()),
                m.scenarios().stream().map(s -> new ScenarioJson(s.name(), emptyToNull(s.description()),
                        s.overrides(), emptyToNull(s.initiatives()), distributionsJson(s.uncertainty()),
                        correlationsJson(s.uncertainty()))).toList(),
                distributionsJson(m.uncertainty()), correlationsJson(m.uncertainty()),
                m.workshop().levers().isEmpty() ? null : new ModelJson.WorkshopJson(m.workshop().levers()));
    }

    private static Workshop workshop(ModelJson.WorkshopJson j) {
        return j == null ? Workshop.none() : at("$.workshop", () -> new Workshop(j.levers()));
    }

    private static InitiativeJson initiativeJson(Initiative i) {
        var t = i.takeUp();
        var r = i.reoffending();
        return new InitiativeJson(i.id(), i.name(), emptyToNull(i.description()), i.targetGroupId(),
                i.interventionStage(),
                new ModelJson.TakeUpJson(t.basis() == TakeUp.Basis.COUNT ? "count" : "share", t.value(),
                        text(t.source())),
                i.alternativeRoute().isEmpty() ? null : i.alternativeRoute(),
                r == null ? null : new ModelJson.ReoffendingJson(r.reduction(), r.repeatJourneysPerCase(),
                        r.repeatFromStage(), text(r.source())),
                costLines(i.runningCosts()), costLines(i.setUpCosts()), profileJson(i.profile()),
                isZero(i.deadweight()) ? null : i.deadweight(), text(i.deadweightSource()),
                optimismBiasJson(i.optimismBias()),
                i.enabled() ? null : Boolean.FALSE, position(i.position()));
    }

    /** Absent when it is the default, so an old file saved again changes only where the user changed something. */
    private static AppraisalJson appraisalJson(Appraisal a) {
        if (a.equals(Appraisal.defaults())) {
            return null;
        }
        return new AppraisalJson(a.years(),
                a.discountRates().stream().map(b -> new DiscountBandJson(b.fromYear(), b.rate())).toList(),
                optimismBiasJson(a.optimismBias()), emptyToNull(a.priceBase()), emptyToNull(a.firstYear()));
    }

    private static OptimismBiasJson optimismBiasJson(OptimismBias b) {
        return b == null ? null : new OptimismBiasJson(b.costs(), b.benefits());
    }

    /** Absent when flat; within it, a list is left out when it is flat ([1]), which is how it reads back. */
    private static ProfileJson profileJson(Profile p) {
        if (p.isFlat()) {
            return null;
        }
        return new ProfileJson(flatToNull(p.takeUp()), flatToNull(p.runningCosts()), flatToNull(p.setUpCosts()));
    }

    private static List<Double> flatToNull(List<Double> list) {
        return list.equals(List.of(1.0)) ? null : list;
    }

    /** Exactly 0.0, not -0.0 (which the model tells apart, so it is written to read back the same). */
    private static boolean isZero(double v) {
        return Double.doubleToLongBits(v) == 0L;
    }

    private static List<CostLineJson> costLines(List<CostLine> lines) {
        return lines.isEmpty() ? null : lines.stream().map(c -> new CostLineJson(c.id(), emptyToNull(c.label()),
                c.agencyId(), c.unitCost(), c.quantity(),
                c.basis() == CostLine.Basis.PER_CASE ? "perCase" : "fixed", text(c.source()),
                year(c.source()), emptyToNull(c.source().libraryId()))).toList();
    }

    /**
     * The sources only where there are some: {@code casesSource} and the {@code rateSources} texts,
     * {@code unitCostSources} as {@code { "source", "priceYear" }}.
     */
    private static TargetGroupJson targetGroupJson(TargetGroup g) {
        Map<String, String> rateSources = new LinkedHashMap<>();
        g.rateSources().forEach((k, v) -> rateSources.put(k, v.source()));
        Map<String, SourceJson> unitCostSources = new LinkedHashMap<>();
        g.unitCostSources().forEach((k, v) -> unitCostSources.put(k, new SourceJson(text(v), year(v), emptyToNull(v.libraryId()))));
        return new TargetGroupJson(g.id(), g.name(), emptyToNull(g.referrer()), g.cases(), text(g.casesSource()),
                g.entryStage(), emptyToNull(g.rates()), emptyToNull(rateSources), emptyToNull(g.unitCosts()),
                emptyToNull(unitCostSources), position(g.position()));
    }

    private static String text(Provenance p) {
        return emptyToNull(p.source());
    }

    /** A calendar year as a number (as files always held it), a financial year as text: "2012-13". */
    private static Object year(Provenance p) {
        PriceYear y = p.year();
        return !y.isKnown() ? null : y.financial() ? y.label() : (Object) y.start();
    }

    private static PositionJson position(Position p) {
        return p == null ? null : new PositionJson(p.x(), p.y());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static <K, V> Map<K, V> emptyToNull(Map<K, V> m) {
        return m == null || m.isEmpty() ? null : m;
    }
}
