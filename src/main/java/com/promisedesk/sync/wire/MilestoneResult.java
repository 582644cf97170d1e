package com.promisedesk.sync.wire;

import java.util.UUID;

/**
 * What became of one milestone update: {@code applied}, or {@code duplicate} when its change id was stored before.
 *
 * @param current whether the update is the milestone's current state (false when a later update arrived first)
 */
public record MilestoneResult(UUID changeId, String outcome, boolean current) {
}
