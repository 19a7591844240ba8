package org.journeyworkbench.io.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import org.journeyworkbench.engine.calc.Expr;
import org.journeyworkbench.model.ModelException;

/**
 * Writes a calculation {@link Expr} as a spreadsheet formula: inputs by their defined names, cells by
 * reference. This is a translation of the engine's expression, not a second copy of any rule: the rules
 * are in the compiler that made the expressions.
 */
final class FormulaText {
    /** Excel's limit on a formula's length. */
    static final int MAX_LENGTH = 8_192;
    private final Places places;
    private final IntFunction<String> inputName;
    private final java.util.function.Function<org.journeyworkbench.model.PriceYear, String> priceIndex;

    FormulaText(Places places, IntFunction<String> inputName,
                java.util.function.Function<org.journeyworkbench.model.PriceYear, String> priceIndex) {
        this.places = places;
        this.inputName = inputName;
        this.priceIndex = priceIndex;
    }

    /** The formula, without a leading '='. */
    String write(Expr e, String onSheet) {
        StringBuilder sb = new StringBuilder();
        write(e, onSheet, sb);
        if (sb.length() > MAX_LENGTH) {
            throw new ModelException("level1.formula", "the net system saving's spreadsheet formula would be "
                    + String.format("%,d", sb.length()) + " characters long; spreadsheets allow 8,192. Shorten the "
                    + "Level 1 formula");
        }
        return sb.toString();
    }

    private void write(Expr e, String sheet, StringBuilder sb) {
        if (e instanceof Expr.PriceIndex p) {
            sb.append(priceIndex.apply(p.year()));
        } else if (e instanceof Expr.Const k) {
            sb.append(number(k.value()));
        } else if (e instanceof Expr.In in) {
            sb.append(inputName.apply(in.slot()));
        } else if (e instanceof Expr.Ref r) {
            sb.append(places.ref(r.cell(), sheet));
        } else if (e instanceof Expr.Add a) {
            if (a.terms().isEmpty()) {
                sb.append('0');
            }
            for (int k = 0; k < a.terms().size(); k++) {
                Expr t = a.terms().get(k);
                if (t instanceof Expr.Neg n) {
                    sb.append('-');
                    operand(n.inner(), sheet, sb, 2);
                } else {
                    if (k > 0) {
                        sb.append('+');
                    }
                    operand(t, sheet, sb, 1);
                }
            }
        } else if (e instanceof Expr.Mul m) {
            for (int k = 0; k < m.factors().size(); k++) {
                if (k > 0) {
                    sb.append('*');
                }
                operand(m.factors().get(k), sheet, sb, 2);
            }
        } else if (e instanceof Expr.Neg n) {
            sb.append('-');
            operand(n.inner(), sheet, sb, 3);
        } else if (e instanceof Expr.Sub s) {
            operand(s.left(), sheet, sb, 1);
            sb.append('-');
            operand(s.right(), sheet, sb, 2);
        } else if (e instanceof Expr.Div d) {
            operand(d.left(), sheet, sb, 2);
            sb.append('/');
            operand(d.right(), sheet, sb, 3);
        } else if (e instanceof Expr.Ratio r) {
            sb.append("IF(");
            write(r.denominator(), sheet, sb);
            sb.append("=0,\"none\",");
            operand(r.numerator(), sheet, sb, 2);
            sb.append('/');
            operand(r.denominator(), sheet, sb, 3);
            sb.append(')');
        } else if (e instanceof Expr.Less l) {
            sb.append("IF(");
            write(l.left(), sheet, sb);
            sb.append('<');
            write(l.right(), sheet, sb);
            sb.append(",1,0)");
        } else if (e instanceof Expr.IfNonNegative i) {
            sb.append("IF(");
            write(i.test(), sheet, sb);
            sb.append(">=0,");
            write(i.then(), sheet, sb);
            sb.append(',');
            write(i.otherwise(), sheet, sb);
            sb.append(')');
        } else if (e instanceof Expr.MinOf m) {
            String cells = refs(m.cells(), sheet);
            sb.append("IF(COUNT(").append(cells).append(")=0,\"none\",MIN(").append(cells).append("))");
        } else if (e instanceof Expr.Band b) {
            StringBuilder x = new StringBuilder();
            write(b.value(), sheet, x);
            sb.append("IF(ISNUMBER(").append(x).append("),");
            int bands = b.from().length;
            for (int k = bands - 1; k >= 0; k--) {
                sb.append("IF(").append(x).append(">=").append(number(b.from()[k])).append(',')
                        .append(text(b.labels().get(k + 1))).append(',');
            }
            sb.append(text(b.labels().get(0)));
            sb.append(")".repeat(bands));
            sb.append(",\"none\")");
        } else {
            throw new IllegalArgumentException("no spreadsheet form for " + e);
        }
    }

    /** Writes {@code e} as an operand of an operator of the given precedence (1 for + and -, 2 for × and ÷, 3 for a sign). */
    private void operand(Expr e, String sheet, StringBuilder sb, int precedence) {
        int own = precedence(e);
        boolean brackets = own < precedence;
        if (brackets) {
            sb.append('(');
        }
        write(e, sheet, sb);
        if (brackets) {
            sb.append(')');
        }
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Add a) {
            return a.terms().size() <= 1 && !(a.terms().size() == 1 && a.terms().get(0) instanceof Expr.Neg) ? 4 : 1;
        }
        if (e instanceof Expr.Sub || e instanceof Expr.Neg) {
            return 1;
        }
        if (e instanceof Expr.Mul || e instanceof Expr.Div) {
            return 2;
        }
        if (e instanceof Expr.Const k) {
            return k.value() < 0 ? 1 : 4;
        }
        return 4;
    }

    /** A row of neighbouring cells as a range (C40:G40), otherwise a list. */
    private String refs(List<Expr.Ref> cells, String sheet) {
        boolean range = cells.size() > 1;
        for (int k = 1; k < cells.size() && range; k++) {
            int a = cells.get(k - 1).cell();
            int b = cells.get(k).cell();
            range = places.sheet(a).equals(places.sheet(b)) && places.row(a) == places.row(b)
                    && places.column(b) == places.column(a) + 1;
        }
        if (range) {
            return places.ref(cells.get(0).cell(), sheet) + ":"
                    + places.ref(cells.get(cells.size() - 1).cell(), sheet).replaceAll("^'[^']*'!", "");
        }
        StringBuilder sb = new StringBuilder();
        for (Expr.Ref r : cells) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(places.ref(r.cell(), sheet));
        }
        return sb.toString();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "\"\"";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
