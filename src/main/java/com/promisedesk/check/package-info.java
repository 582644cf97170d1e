/**
 * The line judge, the approval policy and the business calendar: pure, deterministic
 * functions over {@code domain}. Imports only {@code domain} (and the holiday library).
 */
package com.promisedesk.check;
