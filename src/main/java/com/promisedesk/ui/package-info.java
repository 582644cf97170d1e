/**
 * The JavaFX desktop app: one folder per screen with an {@code XView} (FXML and a thin
 * controller) and an {@code XViewModel} (state as properties, no {@code javafx.scene}).
 * The only layer that imports JavaFX.
 */
package com.promisedesk.ui;
