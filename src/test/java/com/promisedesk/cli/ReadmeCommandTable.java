package com.promisedesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's command table as a person reads it: each row names one or more commands in
 * its first cell ({@code `promisedesk promise show ID [--format json]`}), and options, with
 * their values, in code spans anywhere in the row. Also the paragraph that documents what
 * every command takes ({@code --data-dir}), which counts as a row of the root command.
 */
final class ReadmeCommandTable {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    /** An option in a code span and what follows it there: a value, or nothing. */
    private static final Pattern OPTION = Pattern.compile("(--[a-z][a-z0-9-]*)(?![a-z0-9-])(?:[ =]([^\\s\\[\\]]+))?");

    /** One row: its README line, the code spans of its first cell, and every code span of the row. */
    record Row(int line, List<String> signatures, List<String> code) {

        /** Each option named in the row, with the value shown right after it (null when none). */
        List<Mention> mentions() {
            List<Mention> mentions = new ArrayList<>();
            for (String span : code) {
                Matcher m = OPTION.matcher(span);
                while (m.find()) {
                    String value = m.group(2);
                    // "--approve|--reject", "[--issue]", "--server URL --token TOKEN": no value after a flag.
                    boolean isValue = value != null && !value.startsWith("-") && !value.startsWith("|");
                    mentions.add(new Mention(m.group(1), isValue ? value : null));
                }
            }
            return mentions;
        }
    }

    /** An option as the README names it, with the value it shows (e.g. {@code text|json}), or null. */
    record Mention(String name, String value) {
    }

    private ReadmeCommandTable() {
    }

    /** The rows of the table whose header is {@code | command | does |}, and the "Every command takes" paragraph. */
    static List<Row> rows(List<String> readme) {
        List<Row> rows = new ArrayList<>();
        int header = readme.indexOf("| command | does |");
        if (header < 0) {
            throw new AssertionError("README.md has no command table (a line '| command | does |')");
        }
        for (int i = header + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            List<String> cells = cells(readme.get(i));
            rows.add(new Row(i + 1, spans(cells.get(0)), spans(String.join(" | ", cells))));
        }
        int everyCommand = paragraphStarting(readme, "Every command takes");
        String paragraph = paragraph(readme, everyCommand);
        rows.add(new Row(everyCommand + 1, List.of("promisedesk"), spans(paragraph)));
        return rows;
    }

    /** The index of the line where the paragraph beginning with {@code words} starts. */
    static int paragraphStarting(List<String> readme, String words) {
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).startsWith(words)) {
                return i;
            }
        }
        throw new AssertionError("README.md has no paragraph beginning '" + words + "'");
    }

    /** The paragraph that starts at line index {@code start}, as one line. */
    static String paragraph(List<String> readme, int start) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < readme.size() && !readme.get(i).isBlank(); i++) {
            text.append(readme.get(i)).append(' ');
        }
        return text.toString();
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(row.substring(1))) {
            cells.add(cell.replace("\\|", "|").trim());
        }
        return cells;
    }

    static List<String> spans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }
}
