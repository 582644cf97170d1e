/**
 * The written summary in the app: a preview window with the PDF's own pages, Export (format
 * and file) and Print (the same pages). Opened through {@link com.promisedesk.ui.summary.SummaryWindow}.
 * What the summary is made of comes from {@code desk} ({@link com.promisedesk.desk.WrittenSummary});
 * imports {@code export} for the document, JavaFX for the window; the view model stays free of the scene graph.
 */
package com.promisedesk.ui.summary;
