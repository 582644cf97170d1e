package com.promisedesk.store.file;

/**
 * Where a value sits in a file, in two spellings: the dotted one people read
 * ({@code capabilities[3].leadTime.standard}) and the JSON pointer the parser reports
 * ({@code /capabilities/3/leadTime/standard}), kept side by side so neither is parsed back.
 */
record FieldPath(String dotted, String pointer) {

    static final FieldPath ROOT = new FieldPath("", "");

    FieldPath child(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return new FieldPath(dotted.isEmpty() ? name : dotted + "." + name, pointer + "/" + escaped);
    }

    FieldPath index(int index) {
        return new FieldPath(dotted + "[" + index + "]", pointer + "/" + index);
    }

    boolean isRoot() {
        return pointer.isEmpty();
    }
}
