package com.promisedesk.ui.shell;

import com.promisedesk.ui.promises.PromisesArea;
import com.promisedesk.ui.today.TodayViewModel;
import java.util.UUID;

/** Where Today's rows take the rep: the promise's editor, its delivery, the Approvals screen. */
final class TodayPlaces implements TodayViewModel.Places {

    private final ScreensViewModel screens;
    private final PromisesArea promises;

    TodayPlaces(ScreensViewModel screens, PromisesArea promises) {
        this.screens = screens;
        this.promises = promises;
    }

    @Override
    public void promise(UUID promiseId) {
        screens.show(Screen.PROMISES);
        promises.open(promiseId);
    }

    @Override
    public void delivery(UUID promiseId) {
        screens.show(Screen.PROMISES);
        promises.openDelivery(promiseId);
    }

    @Override
    public void approvals() {
        screens.show(Screen.APPROVALS);
    }
}
