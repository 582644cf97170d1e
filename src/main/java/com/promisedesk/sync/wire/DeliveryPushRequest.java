package com.promisedesk.sync.wire;

import java.util.List;

/** {@code POST /v1/deliveries}: delivery marks, stored in one transaction. */
public record DeliveryPushRequest(List<DeliveryMarkUpload> marks) {
}
