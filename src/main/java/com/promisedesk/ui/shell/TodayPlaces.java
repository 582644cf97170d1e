package com.promisedesk.ui.shell;

import com.promisedesk.ui.promises.PromisesArea;
import com.promisedesk.ui.today.TodayViewModel;
import com.promisedesk.domain.RiskReason;
import java.util.List;
import java.util.UUID;

/** Where Today's rows take the rep: the promise's editor, its delivery, its customer notice, the Approvals screen. */
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
    public void draftNotice(UUID promiseId, List<RiskReason> reasons) {
        screens.show(Screen.PROMISES);
        promises.openNotice(promiseId, reasons);
    }

    @Override
    public void approvals() {
        screens.show(Screen.APPROVALS);
    }
}
