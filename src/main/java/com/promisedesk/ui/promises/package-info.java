/**
 * The Promises screen: every promise in the local store with its worst verdict, and the area
 * that shows the list, the editor of one promise or its read-back, one at a time, and opens
 * its written summary and milestones.
 */
package com.promisedesk.ui.promises;
