package org.journeyworkbench.engine.uncertainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeyworkbench.engine.inputs.InputKind;
import org.journeyworkbench.model.Distribution;
import org.journeyworkbench.model.ModelException;
import org.journeyworkbench.model.Money;
import org.journeyworkbench.model.Percent;

/**
 * A range as a person types it, and back. Takes:
 * <ul>
 *   <li>{@code 1,500 to 2,500} or {@code 1500-2500}: uniform;</li>
 *   <li>{@code 1,500 to 2,500, most likely 1,930}: triangular;</li>
 *   <li>{@code uniform(low, high)}, {@code triangular(low, mode, high)}, {@code pert(low, mode, high)},
 *       {@code normal(mean, sd)}, {@code lognormal(mean, sd)};</li>
 *   <li>{@code fixed} (or nothing): no range.</li>
 * </ul>
 * Numbers may carry £ and thousands separators; rates are written with % ({@code 10% to 30%}) and kept as
 * fractions. In a range ({@code 1,500 to 2,500}) a comma is a thousands separator only between a digit and
 * exactly three digits. In the function form {@code name(a, b, c)} commas first separate the values: when
 * that gives the distribution's number of values they are taken ({@code triangular(400,542,700)} is 400, 542
 * and 700); only otherwise are commas followed by three digits read as thousands separators
 * ({@code triangular(1,500, 1,930, 2,500)}), and input that can be grouped more than one way is refused.
 */
public final class DistributionText {
    private static final String NUM = "-?\\d+(?:\\.\\d+)?%?";
    private static final Pattern CALL = Pattern.compile("([a-z]+)\\s*\\((.*)\\)");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?");
    private static final Pattern RANGE = Pattern.compile("(?:between\\s+)?(" + NUM + ")\\s*(?:to|and|-|–|—)\\s*("
            + NUM + ")(?:\\s*,?\\s*(?:most likely|likely|mode|peak)\\s*(?:at|of|=|:)?\\s*(" + NUM + "))?");

    private DistributionText() {
    }

    /**
     * Reads a range typed for an input of this kind.
     *
     * @throws ModelException with field "range" and a message saying what was expected
     */
    public static Distribution parse(String text, InputKind kind) {
        String t = clean(text);
        if (t.isEmpty() || t.equals("fixed") || t.equals("none")) {
            return new Distribution.Fixed();
        }
        try {
            // the function form is read before thousands separators are taken out: there commas separate values
            Matcher call = CALL.matcher(text.strip().toLowerCase(Locale.ROOT));
            if (call.matches()) {
                return call(call.group(1), call.group(2), kind);
            }
            Matcher range = RANGE.matcher(t);
            if (range.matches()) {
                double low = number(range.group(1), kind);
                double high = number(range.group(2), kind);
                return range.group(3) == null ? new Distribution.Uniform(low, high)
                        : new Distribution.Triangular(low, number(range.group(3), kind), high);
            }
        } catch (ModelException e) {
            throw new ModelException("range", e.problem());
        }
        throw new ModelException("range", "\"" + text.strip() + "\" is not a range: write e.g. \"" + example(kind)
                + "\", or triangular(low, most likely, high), pert(…), uniform(low, high), normal(mean, sd), "
                + "lognormal(mean, sd), or fixed");
    }

    private static Distribution call(String name, String args, InputKind kind) {
        int want = switch (name) {
            case "fixed" -> 0;
            case "uniform", "normal", "lognormal" -> 2;
            case "triangular", "pert" -> 3;
            default -> throw new ModelException("range", "\"" + name + "\" is not a distribution: use uniform, "
                    + "triangular, pert, normal, lognormal or fixed");
        };
        List<Double> v = values(name, args, want, kind);
        if (v.size() != want) {
            String what = switch (name) {
                case "fixed" -> "no values";
                case "uniform" -> "two values (low, high)";
                case "normal", "lognormal" -> "two values (mean, standard deviation)";
                default -> "three values (low, most likely, high)";
            };
            throw new ModelException("range", name + " takes " + what + "; it was given " + v.size());
        }
        return switch (name) {
            case "fixed" -> new Distribution.Fixed();
            case "uniform" -> new Distribution.Uniform(v.get(0), v.get(1));
            case "normal" -> new Distribution.Normal(v.get(0), v.get(1));
            case "lognormal" -> new Distribution.Lognormal(v.get(0), v.get(1));
            case "triangular" -> new Distribution.Triangular(v.get(0), v.get(1), v.get(2));
            default -> new Distribution.Pert(v.get(0), v.get(1), v.get(2));
        };
    }

    /**
     * The values between the brackets: split on commas when that gives {@code want} of them; otherwise the
     * one way of reading some commas as thousands separators that does; the plain split when there is none.
     */
    private static List<Double> values(String name, String args, int want, InputKind kind) {
        String[] raw = args.isBlank() ? new String[0] : args.split(",", -1);
        if (raw.length == want) {
            return numbers(List.of(raw), kind);
        }
        List<List<String>> readings = new ArrayList<>();
        group(raw, 0, new ArrayList<>(), want, readings);
        if (readings.size() == 1) {
            return numbers(readings.get(0), kind);
        }
        if (readings.size() > 1) {
            throw new ModelException("range", "\"" + name + "(" + args.strip() + ")\" can be read more than one way "
                    + "(e.g. " + name + "(" + String.join(", ", readings.get(0)) + ") or " + name + "("
                    + String.join(", ", readings.get(1)) + ")): put a space after each comma between values, "
                    + "or leave out the thousands separators");
        }
        return numbers(List.of(raw), kind);
    }

    /** Every way of joining the comma-separated pieces into {@code want} numbers with thousands separators. */
    private static void group(String[] raw, int from, List<String> sofar, int want, List<List<String>> out) {
        if (out.size() > 1 || sofar.size() > want) {
            return; // two readings are enough to call it ambiguous
        }
        if (from == raw.length) {
            if (sofar.size() == want) {
                out.add(List.copyOf(sofar));
            }
            return;
        }
        StringBuilder joined = new StringBuilder(raw[from]);
        for (int end = from; end < raw.length; end++) {
            if (end > from) {
                // a value after ", " (with a space) starts afresh: only a comma right before digits can group
                if (raw[end].isEmpty() || Character.isWhitespace(raw[end].charAt(0))) {
                    break;
                }
                joined.append(',').append(raw[end]);
            }
            String piece = bare(joined.toString());
            if (end == from || GROUPED.matcher(piece).matches()) {
                sofar.add(piece);
                group(raw, end + 1, sofar, want, out);
                sofar.remove(sofar.size() - 1);
            }
        }
    }

    private static List<Double> numbers(List<String> pieces, InputKind kind) {
        List<Double> v = new ArrayList<>();
        for (String p : pieces) {
            String t = bare(p).replace(",", "");
            if (!t.isEmpty()) {
                v.add(number(t, kind));
            }
        }
        return v;
    }

    /** One value as typed between the brackets, without £, a "mean"/"sd" label or spaces. */
    private static String bare(String piece) {
        return piece.replace("£", "").replace('−', '-').replace("mean", "").replace("sd", "")
                .replaceAll("\\s*%", "%").strip();
    }

    /** Lower case, no £ or spaces around signs, thousands separators taken out. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("£", "").replace('−', '-')
                .replace("mean", "").replace("sd", "");
        StringBuilder out = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ',' && k > 0 && Character.isDigit(t.charAt(k - 1)) && k + 3 < t.length() + 1
                    && digits(t, k + 1, 3) && (k + 4 >= t.length() || !Character.isDigit(t.charAt(k + 4)))) {
                continue;
            }
            out.append(c);
        }
        return out.toString().replaceAll("\\s+", " ").replaceAll("\\s*%", "%").strip();
    }

    private static boolean digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static double number(String s, InputKind kind) {
        String t = s.strip();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ModelException("range", "\"" + s.strip() + "\" is not a number");
        }
        if (percent) {
            return v / 100;
        }
        if ((kind == InputKind.RATE || kind == InputKind.MULTIPLIER) && Math.abs(v) > 1) {
            throw new ModelException("range", "write rates with a % sign, e.g. \"" + example(kind) + "\"");
        }
        return v;
    }

    private static String example(InputKind kind) {
        return kind == InputKind.RATE || kind == InputKind.MULTIPLIER ? "10% to 30%, most likely 20%"
                : kind == InputKind.MONEY ? "1,500 to 2,500, most likely 1,930" : "100 to 300";
    }

    /**
     * The range as a person reads it, in a form {@link #parse} takes back: "£1,500 to £2,500, most likely
     * £1,930", "10% to 30%", "pert(£1,500, £1,930, £2,500)", "normal(£1,930, £200)", "fixed".
     */
    public static String format(Distribution d, InputKind kind) {
        double[] p = d.parameters();
        return switch (d.kind()) {
            case "uniform" -> value(p[0], kind) + " to " + value(p[1], kind);
            case "triangular" -> value(p[0], kind) + " to " + value(p[2], kind) + ", most likely " + value(p[1], kind);
            case "fixed" -> "fixed";
            default -> {
                StringBuilder b = new StringBuilder(d.kind()).append('(');
                for (int k = 0; k < p.length; k++) {
                    b.append(k == 0 ? "" : ", ").append(value(p[k], kind));
                }
                yield b.append(')').toString();
            }
        };
    }

    /** One value in the input's own terms: £1,930, 25%, 1,200. */
    public static String value(double v, InputKind kind) {
        return switch (kind) {
            case MONEY -> v < 0 ? "-" + Money.formatUnit(-v) : Money.formatUnit(v);
            case RATE, MULTIPLIER -> Percent.format(v);
            default -> {
                DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
                yield f.format(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
            }
        };
    }
}
