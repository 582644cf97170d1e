/**
 * The read-back to the customer: every expectation, then every commitment, one at a time in
 * large type and in the customer's words (no tier, approver, owner or capacity). Marks go
 * through the editor's view model, so they are saved and undone like any edit.
 */
package com.promisedesk.ui.readback;
