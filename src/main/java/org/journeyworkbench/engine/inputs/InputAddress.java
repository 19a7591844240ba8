package org.journeyworkbench.engine.inputs;

import java.util.List;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Profile;

/**
 * Where an input lives, typed: built by the factories below and read by a switch on its {@link Target}, so
 * no caller builds or splits address strings itself. Its text form ({@link #toString}) is the address that
 * scenario overrides, {@code --set}, sliders and the workbook's named cells use (docs/model-format.md).
 *
 * @param id    the stage, transition, target group, initiative or term the input belongs to (empty for the
 *              appraisal's own inputs)
 * @param key   the transition, stage or cost line within it, where there is one
 * @param index the discount band or appraisal year, where there is one
 */
public record InputAddress(Target target, String id, String key, int index) {
    /** What kind of number the address points at, and how it is spelled. */
    public enum Target {
        STAGE_UNIT_COST, TRANSITION_RATE, GROUP_CASES, GROUP_RATE, GROUP_UNIT_COST, TAKE_UP, ENABLED,
        REOFFENDING_REDUCTION, REOFFENDING_REPEATS, RUNNING_UNIT_COST, RUNNING_QUANTITY, SET_UP_UNIT_COST,
        SET_UP_QUANTITY, DEADWEIGHT, OPTIMISM_BIAS_COSTS, OPTIMISM_BIAS_BENEFITS, PROFILE_TAKE_UP,
        PROFILE_RUNNING_COSTS, PROFILE_SET_UP_COSTS, TERM_VALUE, YEARS, DISCOUNT_RATE, APPRAISAL_OB_COSTS,
        APPRAISAL_OB_BENEFITS
    }

    public InputAddress {
        id = id == null ? "" : id;
        key = key == null ? "" : key;
    }

    public static InputAddress stageUnitCost(String stage) {
        return new InputAddress(Target.STAGE_UNIT_COST, stage, "", 0);
    }

    public static InputAddress transitionRate(String transition) {
        return new InputAddress(Target.TRANSITION_RATE, transition, "", 0);
    }

    public static InputAddress groupCases(String group) {
        return new InputAddress(Target.GROUP_CASES, group, "", 0);
    }

    public static InputAddress groupRate(String group, String transition) {
        return new InputAddress(Target.GROUP_RATE, group, transition, 0);
    }

    public static InputAddress groupUnitCost(String group, String stage) {
        return new InputAddress(Target.GROUP_UNIT_COST, group, stage, 0);
    }

    public static InputAddress takeUp(String initiative) {
        return new InputAddress(Target.TAKE_UP, initiative, "", 0);
    }

    public static InputAddress enabled(String initiative) {
        return new InputAddress(Target.ENABLED, initiative, "", 0);
    }

    public static InputAddress reoffendingReduction(String initiative) {
        return new InputAddress(Target.REOFFENDING_REDUCTION, initiative, "", 0);
    }

    public static InputAddress reoffendingRepeats(String initiative) {
        return new InputAddress(Target.REOFFENDING_REPEATS, initiative, "", 0);
    }

    public static InputAddress costLine(String initiative, boolean running, String line, boolean quantity) {
        Target t = running ? (quantity ? Target.RUNNING_QUANTITY : Target.RUNNING_UNIT_COST)
                : (quantity ? Target.SET_UP_QUANTITY : Target.SET_UP_UNIT_COST);
        return new InputAddress(t, initiative, line, 0);
    }

    public static InputAddress deadweight(String initiative) {
        return new InputAddress(Target.DEADWEIGHT, initiative, "", 0);
    }

    public static InputAddress initiativeOptimismBias(String initiative, boolean costs) {
        return new InputAddress(costs ? Target.OPTIMISM_BIAS_COSTS : Target.OPTIMISM_BIAS_BENEFITS, initiative, "", 0);
    }

    public static InputAddress profile(String initiative, Profile.Kind kind, int year) {
        Target t = switch (kind) {
            case TAKE_UP -> Target.PROFILE_TAKE_UP;
            case RUNNING_COSTS -> Target.PROFILE_RUNNING_COSTS;
            case SET_UP_COSTS -> Target.PROFILE_SET_UP_COSTS;
        };
        return new InputAddress(t, initiative, "", year);
    }

    public static InputAddress termValue(String term) {
        return new InputAddress(Target.TERM_VALUE, term, "", 0);
    }

    public static InputAddress years() {
        return new InputAddress(Target.YEARS, "", "", 0);
    }

    public static InputAddress discountRate(int band) {
        return new InputAddress(Target.DISCOUNT_RATE, "", "", band);
    }

    public static InputAddress appraisalOptimismBias(boolean costs) {
        return new InputAddress(costs ? Target.APPRAISAL_OB_COSTS : Target.APPRAISAL_OB_BENEFITS, "", "", 0);
    }

    /** What an input can belong to, for forgetting the inputs of something deleted. */
    public enum Owner { STAGE, TRANSITION, TARGET_GROUP, INITIATIVE }

    /** Whether this input belongs to, or is priced on, the stage, arrow, group or initiative {@code ownerId}. */
    public boolean concerns(Owner owner, String ownerId) {
        return switch (owner) {
            case STAGE -> (target == Target.STAGE_UNIT_COST && id.equals(ownerId))
                    || (target == Target.GROUP_UNIT_COST && key.equals(ownerId));
            case TRANSITION -> (target == Target.TRANSITION_RATE && id.equals(ownerId))
                    || (target == Target.GROUP_RATE && key.equals(ownerId));
            case TARGET_GROUP -> (target == Target.GROUP_CASES || target == Target.GROUP_RATE
                    || target == Target.GROUP_UNIT_COST) && id.equals(ownerId);
            case INITIATIVE -> id.equals(ownerId) && switch (target) {
                case TAKE_UP, ENABLED, REOFFENDING_REDUCTION, REOFFENDING_REPEATS, RUNNING_UNIT_COST, RUNNING_QUANTITY,
                        SET_UP_UNIT_COST, SET_UP_QUANTITY, DEADWEIGHT, OPTIMISM_BIAS_COSTS, OPTIMISM_BIAS_BENEFITS,
                        PROFILE_TAKE_UP, PROFILE_RUNNING_COSTS, PROFILE_SET_UP_COSTS -> true;
                default -> false;
            };
        };
    }

    /** The address, or null when the text is not one. */
    public static InputAddress parseOrNull(String address) {
        return tryParse(address);
    }

    /** The profile list an address points into, or null when it is not a profile address. */
    public Profile.Kind profileKind() {
        return switch (target) {
            case PROFILE_TAKE_UP -> Profile.Kind.TAKE_UP;
            case PROFILE_RUNNING_COSTS -> Profile.Kind.RUNNING_COSTS;
            case PROFILE_SET_UP_COSTS -> Profile.Kind.SET_UP_COSTS;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return switch (target) {
            case STAGE_UNIT_COST -> "stages." + id + ".unitCost";
            case TRANSITION_RATE -> "transitions." + id + ".rate";
            case GROUP_CASES -> "targetGroups." + id + ".cases";
            case GROUP_RATE -> "targetGroups." + id + ".rates." + key;
            case GROUP_UNIT_COST -> "targetGroups." + id + ".unitCosts." + key;
            case TAKE_UP -> "initiatives." + id + ".takeUp";
            case ENABLED -> "initiatives." + id + ".enabled";
            case REOFFENDING_REDUCTION -> "initiatives." + id + ".reoffending.reduction";
            case REOFFENDING_REPEATS -> "initiatives." + id + ".reoffending.repeatJourneysPerCase";
            case RUNNING_UNIT_COST -> "initiatives." + id + ".runningCosts." + key + ".unitCost";
            case RUNNING_QUANTITY -> "initiatives." + id + ".runningCosts." + key + ".quantity";
            case SET_UP_UNIT_COST -> "initiatives." + id + ".setUpCosts." + key + ".unitCost";
            case SET_UP_QUANTITY -> "initiatives." + id + ".setUpCosts." + key + ".quantity";
            case DEADWEIGHT -> "initiatives." + id + ".deadweight";
            case OPTIMISM_BIAS_COSTS -> "initiatives." + id + ".optimismBias.costs";
            case OPTIMISM_BIAS_BENEFITS -> "initiatives." + id + ".optimismBias.benefits";
            case PROFILE_TAKE_UP, PROFILE_RUNNING_COSTS, PROFILE_SET_UP_COSTS ->
                    "initiatives." + id + ".profile." + profileKind().key() + "." + index;
            case TERM_VALUE -> "level1.terms." + id + ".value";
            case YEARS -> "appraisal.years";
            case DISCOUNT_RATE -> "appraisal.discountRates." + index + ".rate";
            case APPRAISAL_OB_COSTS -> "appraisal.optimismBias.costs";
            case APPRAISAL_OB_BENEFITS -> "appraisal.optimismBias.benefits";
        };
    }

    /**
     * Reads an address as a user typed it.
     *
     * @throws ModelException naming the address when it is not one
     */
    public static InputAddress parse(String address) {
        InputAddress a = tryParse(address);
        if (a == null) {
            throw unknown(address);
        }
        return a;
    }

    static ModelException unknown(String address) {
        return new ModelException(address == null ? "" : address, "is not an input address; addresses look like "
                + "stages.arrest.unitCost or targetGroups.asb.rates.callout-arrest (see docs/model-format.md)");
    }

    private static InputAddress tryParse(String address) {
        if (address == null) {
            return null;
        }
        List<String> p = List.of(address.split("\\.", -1));
        int n = p.size();
        if (n < 2 || p.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        String id = p.get(1);
        return switch (p.get(0)) {
            case "stages" -> n == 3 && p.get(2).equals("unitCost") ? stageUnitCost(id) : null;
            case "transitions" -> n == 3 && p.get(2).equals("rate") ? transitionRate(id) : null;
            case "targetGroups" -> group(p, id);
            case "initiatives" -> initiative(p, id);
            case "level1" -> n == 4 && id.equals("terms") && p.get(3).equals("value") ? termValue(p.get(2)) : null;
            case "appraisal" -> appraisal(p);
            default -> null;
        };
    }

    private static InputAddress group(List<String> p, String id) {
        if (p.size() == 3 && p.get(2).equals("cases")) {
            return groupCases(id);
        }
        if (p.size() == 4 && p.get(2).equals("rates")) {
            return groupRate(id, p.get(3));
        }
        if (p.size() == 4 && p.get(2).equals("unitCosts")) {
            return groupUnitCost(id, p.get(3));
        }
        return null;
    }

    private static InputAddress initiative(List<String> p, String id) {
        int n = p.size();
        String what = n > 2 ? p.get(2) : "";
        if (n == 3) {
            return switch (what) {
                case "takeUp" -> takeUp(id);
                case "enabled" -> enabled(id);
                case "deadweight" -> deadweight(id);
                default -> null;
            };
        }
        if (n == 4 && what.equals("reoffending")) {
            return switch (p.get(3)) {
                case "reduction" -> reoffendingReduction(id);
                case "repeatJourneysPerCase" -> reoffendingRepeats(id);
                default -> null;
            };
        }
        if (n == 4 && what.equals("optimismBias")) {
            return switch (p.get(3)) {
                case "costs" -> initiativeOptimismBias(id, true);
                case "benefits" -> initiativeOptimismBias(id, false);
                default -> null;
            };
        }
        if (n == 5 && what.equals("profile")) {
            Profile.Kind kind = Profile.Kind.ofKey(p.get(3));
            Integer year = index(p.get(4));
            return kind == null || year == null ? null : profile(id, kind, year);
        }
        if (n == 5 && (what.equals("runningCosts") || what.equals("setUpCosts"))) {
            boolean running = what.equals("runningCosts");
            return switch (p.get(4)) {
                case "unitCost" -> costLine(id, running, p.get(3), false);
                case "quantity" -> costLine(id, running, p.get(3), true);
                default -> null;
            };
        }
        return null;
    }

    private static InputAddress appraisal(List<String> p) {
        if (p.size() == 2 && p.get(1).equals("years")) {
            return years();
        }
        if (p.size() == 3 && p.get(1).equals("optimismBias")) {
            return switch (p.get(2)) {
                case "costs" -> appraisalOptimismBias(true);
                case "benefits" -> appraisalOptimismBias(false);
                default -> null;
            };
        }
        if (p.size() == 4 && p.get(1).equals("discountRates") && p.get(3).equals("rate")) {
            Integer band = index(p.get(2));
            return band == null ? null : discountRate(band);
        }
        return null;
    }

    private static Integer index(String s) {
        if (s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(s);
    }
}
