/**
 * The promise editor: the lines and their verdicts as the rep types, the chosen line's detail
 * (ladder picture, honest suggestion, exception request), expectations, responsibilities and
 * extras, the capability picker, undo across the whole editor, and saving in the background.
 * {@link com.promisedesk.ui.editor.EditorViewModel} holds the promise being drafted and checks
 * every edit with {@code check}; the views and controls only bind to it.
 */
package com.promisedesk.ui.editor;
