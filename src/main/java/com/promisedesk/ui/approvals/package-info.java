/**
 * The Approvals screen: this rep's exception requests, where each stands, who is still to
 * decide and the approvers' notes, as the last sync brought them.
 */
package com.promisedesk.ui.approvals;
