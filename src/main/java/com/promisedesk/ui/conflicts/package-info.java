/**
 * The Conflicts screen: conflicts sync kept, shown field by field as base / theirs /
 * yours; the rep picks a side per field and the result syncs like any change.
 */
package com.promisedesk.ui.conflicts;
