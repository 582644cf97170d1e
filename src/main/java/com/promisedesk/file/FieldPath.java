package com.promisedesk.file;

/**
 * Where a value sits in a file, in two spellings: the dotted one people read
 * ({@code capabilities[3].leadTime.standard}) and the JSON pointer the parser reports
 * ({@code /capabilities/3/leadTime/standard}). A path only links to its parent; the
 * spellings are made when asked for, which is when something is wrong: a good file is
 * read without building a string per field (a first sync reads 100,000 promises).
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    /** The field's name, or null for an index into a list. */
    private final String name;
    private final int index;

    private FieldPath(FieldPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    FieldPath child(String name) {
        return new FieldPath(this, name, -1);
    }

    FieldPath index(int index) {
        return new FieldPath(this, null, index);
    }

    boolean isRoot() {
        return parent == null;
    }

    String dotted() {
        if (isRoot()) {
            return "";
        }
        String above = parent.dotted();
        if (name == null) {
            return above + "[" + index + "]";
        }
        return above.isEmpty() ? name : above + "." + name;
    }

    String pointer() {
        if (isRoot()) {
            return "";
        }
        String step = name == null ? Integer.toString(index) : name.replace("~", "~0").replace("/", "~1");
        return parent.pointer() + "/" + step;
    }

    @Override
    public String toString() {
        return dotted();
    }
}
