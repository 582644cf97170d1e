/** The Milestones section of an agreed or delivering promise: its dated steps of delivery, added and marked done. */
package com.promisedesk.ui.milestones;
