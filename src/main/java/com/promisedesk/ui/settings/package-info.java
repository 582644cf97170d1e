/**
 * The Settings screen (Ctrl+,): the sender printed on written summaries and their default
 * paper and locale (the rep's {@code profile.properties}), where the data folder is, the
 * central store this computer syncs with, and "Back up my data" (one file to restore from).
 * {@code SettingsView} binds, {@code SettingsViewModel} and {@code BackupViewModel} decide;
 * files and SQLite are touched in the background only. Imports {@code ui}, {@code store},
 * {@code export} and {@code failure}; no other screen.
 */
package com.promisedesk.ui.settings;
