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

    public List<CatalogChanges.Item> shown(List<CatalogChanges.Item> items) {
        return items.size() <= SHOWN ? items : items.subList(0, SHOWN);
    }

    /** "and 1,234 more", or "" when every item is shown. */
    public String more(List<CatalogChanges.Item> items) {
        return items.size() <= SHOWN ? "" : String.format(java.util.Locale.ENGLISH, "and %,d more", items.size() - SHOWN);
    }
}
