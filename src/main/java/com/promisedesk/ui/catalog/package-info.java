/**
 * The Catalog screen: as-you-type search over the catalog in use, filters by category and
 * status, and the chosen capability's ladders, limits and requirements in words; and what
 * changed in a capability between two catalog versions ({@link com.promisedesk.ui.catalog.CapabilityChanges}),
 * which the Sync screen shows too. Only {@code CatalogView} touches the scene graph.
 */
package com.promisedesk.ui.catalog;
