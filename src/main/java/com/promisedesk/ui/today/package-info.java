/**
 * The Today screen, the first after start-up (Ctrl+0): what the rep's day holds, each row
 * opening the place to act. Its view model reads {@code desk.TodayDesk} off the FX thread.
 */
package com.promisedesk.ui.today;
