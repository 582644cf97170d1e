package com.promisedesk.server.console;

import java.util.List;

/**
 * What an uploaded catalog would change, shown before Publish: the file, the version it
 * carries, the capabilities added, changed and retired against the version published latest,
 * and how many lines of open promises would be judged differently ({@link VerdictShifts}).
 *
 * @param against  the version published latest, or null when none is published yet
 * @param changes  null when nothing is published yet
 * @param shifts   null when nothing is published yet
 * @param problem  why the last Publish was refused, or null
 */
public record PreviewView(String id, String fileName, String version, int capabilities, String against,
                          CatalogChanges changes, VerdictShifts shifts, String problem) {

    /** At most this many capabilities of each list are named; the rest are counted. */
    public static final int SHOWN = 200;
    private static final int BRIEF = 280;

    public List<CatalogChanges.Item> shown(List<CatalogChanges.Item> items) {
        return items.size() <= SHOWN ? items : items.subList(0, SHOWN);
    }

    /** A summary as the list of added capabilities shows it: its start, so one long summary does not fill the page. */
    public String brief(String summary) {
        return summary.length() <= BRIEF ? summary : summary.substring(0, BRIEF).strip() + String.format(
                java.util.Locale.ENGLISH, "… (%,d characters)", summary.length());
    }

    /** "and 1,234 more", or "" when every item is shown. */
    public String more(List<CatalogChanges.Item> items) {
        return items.size() <= SHOWN ? "" : String.format(java.util.Locale.ENGLISH, "and %,d more", items.size() - SHOWN);
    }
}
