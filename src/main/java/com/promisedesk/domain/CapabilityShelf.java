package com.promisedesk.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a catalog keeps its capabilities: all in memory (a catalog file just read), or in the
 * local store, each read when a line asks for it (the catalog a rep works against: 50,000
 * capabilities need not sit in memory for the few dozen a promise names).
 */
public interface CapabilityShelf {

    /** The capability with {@code code}, if the catalog has one. */
    Optional<Capability> capability(String code);

    /** How many capabilities the catalog has. */
    int size();

    /** The first {@code n} capabilities in catalog order (or all, when there are fewer). */
    List<Capability> first(int n);

    /** Every capability in catalog order; a stored catalog reads them all, so only for work on the whole catalog. */
    List<Capability> all();

    /** Which capabilities require each other. */
    RequirementCycles requirementCycles();
}
