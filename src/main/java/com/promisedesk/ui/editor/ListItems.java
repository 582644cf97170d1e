package com.promisedesk.ui.editor;

/** Rows of the expectations, responsibilities and extras panels. */
public final class ListItems {

    private ListItems() {
    }

    /** An expectation: the customer's words, how it was read back, and the lines that meet it. */
    public record ExpectationItem(int number, String text, String status, String lines, boolean unlinked,
                                  String clarified) {
    }

    /**
     * What the customer must supply.
     *
     * @param fromCatalog derived from a capability's requirements (not removable)
     * @param ifLate      which line moves, and by how much, if it is late
     */
    public record ResponsibilityItem(String text, String due, boolean fromCatalog, String ifLate) {
    }

    /** A one-time goodwill item. */
    public record ExtraItem(String text) {

        public String label() {
            return text + " — one-time";
        }
    }
}
