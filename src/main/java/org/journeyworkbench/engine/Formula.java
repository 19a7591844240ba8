package org.journeyworkbench.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.journeyworkbench.model.ModelException;

/**
 * The Level 1 formula: parsed once into a tree, evaluated many times over named terms. Term names may
 * start with a digit ({@code 1A}, {@code 4AB}), so a run of letters and digits is a number only when it
 * is all digits (with one decimal point); anything with a letter in it is a term. Accepts + - * / and
 * the typographic × ÷ −, brackets and unary minus.
 */
public final class Formula {
    private final String text;
    private final Node root;
    private final Set<String> terms;

    private Formula(String text, Node root, Set<String> terms) {
        this.text = text;
        this.root = root;
        this.terms = terms;
    }

    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(1, "the formula is empty; write one such as (1A + 2A) - (3A + 4AB)");
        }
        Parser parser = new Parser(text);
        Node root = parser.expression();
        parser.expectEnd();
        return new Formula(text, root, parser.terms);
    }

    public String text() {
        return text;
    }

    /** The term names used, in the order they first appear. */
    public Set<String> terms() {
        return terms;
    }

    public Formula requireKnownTerms(Collection<String> known) {
        for (String term : terms) {
            if (!known.contains(term)) {
                int at = text.indexOf(term) + 1;
                throw new FormulaException(at, "there is no term called \"" + term + "\"; the terms are "
                        + String.join(", ", known));
            }
        }
        return this;
    }

    /**
     * The formula as a calculation expression, each term replaced by {@code term.apply(name)}. Chains of
     * + and − become one sum and chains of × one product, so a formula of thousands of terms gives a
     * shallow expression.
     */
    public org.journeyworkbench.engine.calc.Expr toExpr(java.util.function.Function<String,
            org.journeyworkbench.engine.calc.Expr> term) {
        return ExprOf.convert(root, term);
    }

    /** Turns the parse tree into an expression; walks chains of one operator with a loop, not recursion. */
    private static final class ExprOf {
        static org.journeyworkbench.engine.calc.Expr convert(Node n, java.util.function.Function<String,
                org.journeyworkbench.engine.calc.Expr> term) {
            if (n instanceof Num num) {
                return new org.journeyworkbench.engine.calc.Expr.Const(num.value());
            }
            if (n instanceof Term t) {
                return term.apply(t.name());
            }
            if (n instanceof Neg neg) {
                return new org.journeyworkbench.engine.calc.Expr.Neg(convert(neg.inner(), term));
            }
            Bin bin = (Bin) n;
            boolean additive = bin.op() == '+' || bin.op() == '-';
            java.util.ArrayDeque<Bin> chain = new java.util.ArrayDeque<>();
            Node left = bin;
            while (left instanceof Bin b && (b.op() == '+' || b.op() == '-') == additive) {
                chain.push(b);
                left = b.left();
            }
            org.journeyworkbench.engine.calc.Expr first = convert(left, term);
            if (additive) {
                java.util.List<org.journeyworkbench.engine.calc.Expr> terms = new java.util.ArrayList<>();
                terms.add(first);
                for (Bin b : chain) {
                    org.journeyworkbench.engine.calc.Expr right = convert(b.right(), term);
                    terms.add(b.op() == '+' ? right : new org.journeyworkbench.engine.calc.Expr.Neg(right));
                }
                return new org.journeyworkbench.engine.calc.Expr.Add(terms);
            }
            // a / b * c / d is (a × c) / (b × d): one division whatever the chain's length, never a nesting
            // as deep as the formula is long (20,000 divisions in a row overflowed the evaluator's stack).
            java.util.List<org.journeyworkbench.engine.calc.Expr> factors = new java.util.ArrayList<>();
            java.util.List<org.journeyworkbench.engine.calc.Expr> divisors = new java.util.ArrayList<>();
            factors.add(first);
            for (Bin b : chain) {
                org.journeyworkbench.engine.calc.Expr right = convert(b.right(), term);
                (b.op() == '*' ? factors : divisors).add(right);
            }
            return divisors.isEmpty() ? product(factors)
                    : new org.journeyworkbench.engine.calc.Expr.Div(product(factors), product(divisors));
        }

        private static org.journeyworkbench.engine.calc.Expr product(
                java.util.List<org.journeyworkbench.engine.calc.Expr> factors) {
            return factors.size() == 1 ? factors.get(0) : new org.journeyworkbench.engine.calc.Expr.Mul(factors);
        }
    }

    /**
     * The formula's value for the given terms, evaluated as the engine evaluates it (through {@link #toExpr}),
     * so there is one way of working a formula out.
     *
     * @throws ModelException when a term has no value or the formula divides by zero
     */
    public double evaluate(Map<String, Double> values) {
        double v = org.journeyworkbench.engine.calc.Expressions.value(toExpr(name -> {
            Double x = values.get(name);
            if (x == null) {
                throw new ModelException("level1.formula", "there is no value for term \"" + name + "\"");
            }
            return new org.journeyworkbench.engine.calc.Expr.Const(x);
        }));
        if (!Double.isFinite(v)) {
            throw new ModelException("level1.formula", "the formula divides by zero");
        }
        return v;
    }

    /** The parse tree: only read by {@link ExprOf}. */
    private interface Node {
    }

    private record Num(double value) implements Node {
    }

    private record Term(String name) implements Node {
    }

    private record Neg(Node inner) implements Node {
    }

    private record Bin(char op, Node left, Node right) implements Node {
    }

    /** Recursive descent: expression = term (('+'|'-') term)*; term = unary (('*'|'/') unary)*. */
    private static final class Parser {
        private static final int MAX_DEPTH = 200;
        private final String s;
        private int i;
        private int depth;
        final Set<String> terms = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s;
        }

        Node expression() {
            if (++depth > MAX_DEPTH) {
                throw new FormulaException(i + 1, "the formula nests too many brackets");
            }
            Node left = product();
            for (char op = peekOp("+-"); op != 0; op = peekOp("+-")) {
                i++;
                left = new Bin(op, left, product());
            }
            depth--;
            return left;
        }

        private Node product() {
            Node left = unary();
            for (char op = peekOp("*/"); op != 0; op = peekOp("*/")) {
                i++;
                left = new Bin(op, left, unary());
            }
            return left;
        }

        private Node unary() {
            if (peekOp("+-") == '-') {
                i++;
                if (++depth > MAX_DEPTH) {
                    throw new FormulaException(i + 1, "the formula has too many minus signs in a row");
                }
                Node inner = unary();
                depth--;
                return new Neg(inner);
            }
            if (peekOp("+-") == '+') {
                i++;
                return unary();
            }
            return primary();
        }

        private Node primary() {
            skipSpace();
            if (i >= s.length()) {
                throw new FormulaException(i + 1, "the formula ends too soon; expected a term, a number or '('");
            }
            char c = s.charAt(i);
            if (c == '(') {
                int open = i;
                i++;
                Node inner = expression();
                skipSpace();
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw new FormulaException(i + 1, "expected ')' to close the bracket opened at character "
                            + (open + 1));
                }
                i++;
                return inner;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '.')) {
                    i++;
                }
                String word = s.substring(start, i);
                if (word.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
                    return new Num(Double.parseDouble(word));
                }
                if (!word.matches("[0-9]*[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new FormulaException(start + 1, "\"" + word + "\" is neither a number nor a term name");
                }
                terms.add(word);
                return new Term(word);
            }
            throw new FormulaException(i + 1, "unexpected '" + c + "'; expected a term, a number or '('");
        }

        void expectEnd() {
            skipSpace();
            if (i < s.length()) {
                char c = s.charAt(i);
                String expected = c == ')' ? "there is a ')' without a matching '('"
                        : "unexpected '" + c + "'; expected an operator (+ - × ÷) or the end of the formula";
                throw new FormulaException(i + 1, expected);
            }
        }

        /** The operator at the cursor, normalised to + - * /, if it is one of {@code ops}; else 0. */
        private char peekOp(String ops) {
            skipSpace();
            if (i >= s.length()) {
                return 0;
            }
            char c = switch (s.charAt(i)) {
                case '×', 'x' -> isMultiplyX() ? '*' : 0;
                case '÷' -> '/';
                case '−', '–' -> '-';
                default -> s.charAt(i);
            };
            return ops.indexOf(c) >= 0 ? c : 0;
        }

        /** A lone lowercase x between spaces reads as multiplication; x inside a name never does. */
        private boolean isMultiplyX() {
            if (s.charAt(i) == '×') {
                return true;
            }
            boolean before = i > 0 && Character.isWhitespace(s.charAt(i - 1));
            boolean after = i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1));
            return before && after;
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
