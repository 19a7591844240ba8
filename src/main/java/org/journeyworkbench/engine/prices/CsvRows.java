package org.journeyworkbench.engine.prices;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as rows of fields (RFC 4180: fields in double quotes may hold commas, line breaks and
 * doubled quotes). Row numbers are as a spreadsheet shows them: the header is row 1.
 */
public final class CsvRows {
    private CsvRows() {
    }

    /** One row: its number (header = 1) and its fields. */
    public record Row(int number, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        public String field(int k) {
            return k < fields.size() ? fields.get(k) : "";
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(row++, fields));
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(row, fields));
        }
        return rows;
    }
}
