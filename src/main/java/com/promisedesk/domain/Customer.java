package com.promisedesk.domain;

/** Who the promise is made to. {@code region} is matched against a capability's regions. */
public record Customer(String name, String region, String contact) {
    public Customer {
        name = Require.text(name, "customer.name");
        region = Require.optionalText(region);
        contact = Require.optionalText(contact);
    }
}
