/**
 * The line judge, the approval policy and the business calendar: pure, deterministic
 * functions over {@code domain}; and the words and date forms every screen and command
 * share (Wording, DateText). Imports only {@code domain}
 * (and the holiday library).
 */
package com.promisedesk.check;
