package org.journeyworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How an initiative runs over the appraisal years, each entry a multiplier for that year: {@code takeUp}
 * scales the cases taken on (and everything per case), {@code runningCosts} the fixed running costs, and
 * {@code setUpCosts} is the share of the set-up costs falling in that year. A list shorter than the period
 * continues with its last value, except set-up, which continues with 0.
 */
public record Profile(List<Double> takeUp, List<Double> runningCosts, List<Double> setUpCosts) {
    /** A multiplier above this (1,000%) is a slip, not a ramp-up. */
    public static final double MAX_MULTIPLIER = 10;

    public enum Kind {
        TAKE_UP("takeUp", "Take-up"), RUNNING_COSTS("runningCosts", "Running costs"),
        SET_UP_COSTS("setUpCosts", "Set-up costs");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The name in the model file and in input addresses. */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Kind ofKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return k;
                }
            }
            return null;
        }
    }

    public Profile {
        takeUp = checked("takeUp", takeUp);
        runningCosts = checked("runningCosts", runningCosts);
        setUpCosts = checked("setUpCosts", setUpCosts);
    }

    /** Full take-up and running costs every year, all set-up costs in year 0. */
    public static Profile flat() {
        return new Profile(List.of(1.0), List.of(1.0), List.of(1.0));
    }

    public boolean isFlat() {
        return equals(flat());
    }

    public List<Double> list(Kind kind) {
        return switch (kind) {
            case TAKE_UP -> takeUp;
            case RUNNING_COSTS -> runningCosts;
            case SET_UP_COSTS -> setUpCosts;
        };
    }

    /** The multiplier in {@code year}, continuing the list as described above. */
    public double value(Kind kind, int year) {
        List<Double> l = list(kind);
        if (year < l.size()) {
            return l.get(year);
        }
        return kind == Kind.SET_UP_COSTS ? 0 : l.get(l.size() - 1);
    }

    /** The profile with {@code year}'s entry set, the list first continued up to it as it would read. */
    public Profile with(Kind kind, int year, double v) {
        if (year < 0 || year >= Appraisal.MAX_YEARS) {
            throw new ModelException("profile." + kind.key() + "." + year, "there is no appraisal year " + year);
        }
        List<Double> copy = new ArrayList<>(list(kind));
        while (copy.size() <= year) {
            copy.add(value(kind, copy.size()));
        }
        copy.set(year, v);
        return withList(kind, copy);
    }

    public Profile withList(Kind kind, List<Double> v) {
        return switch (kind) {
            case TAKE_UP -> new Profile(v, runningCosts, setUpCosts);
            case RUNNING_COSTS -> new Profile(takeUp, v, setUpCosts);
            case SET_UP_COSTS -> new Profile(takeUp, runningCosts, v);
        };
    }

    private static List<Double> checked(String field, List<Double> list) {
        if (list == null || list.isEmpty()) {
            return List.of(1.0);
        }
        if (list.size() > Appraisal.MAX_YEARS) {
            throw new ModelException("profile." + field, "lists " + list.size() + " years; at most "
                    + Appraisal.MAX_YEARS + " are allowed");
        }
        for (int k = 0; k < list.size(); k++) {
            Double v = list.get(k);
            if (v == null) {
                throw new ModelException("profile." + field + "." + k, "is empty; give a multiplier such as 1 (100%)");
            }
            multiplier("profile." + field + "." + k, v);
        }
        return List.copyOf(list);
    }

    static double multiplier(String field, double v) {
        Checks.finite(field, v);
        if (v < 0 || v > MAX_MULTIPLIER) {
            throw new ModelException(field, "a multiplier must be between 0% and 1,000% (it is " + Percent.format(v)
                    + ")");
        }
        return v;
    }
}
