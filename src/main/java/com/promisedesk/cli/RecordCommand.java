package com.promisedesk.cli;

import com.promisedesk.desk.KeepingRecord;
import com.promisedesk.desk.PromiseRecords;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code promisedesk record}: the promise-keeping record of the local store's promises (the rep's),
 * per customer and in all, over a period, as the promise list shows it beside each customer.
 */
@Command(name = "record", description = {"The promise-keeping record: of the promises that ended (by the day of their",
    "last delivery mark), how many were kept on time, late, broken and withdrawn, and the share kept."})
final class RecordCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = "--customer", paramLabel = "NAME", description = "Only this customer (case and outer spaces do not matter).")
    String customer;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day on (included; default: the first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this day (included; default: the last).")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
    PromiseCommand.Format format;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw UserError.usage("--to " + to + " is before --from " + from + "; the period would hold no day");
        }
        if (customer != null && customer.isBlank()) {
            throw UserError.usage("--customer is empty; give the customer's name as the promise list shows it");
        }
        PromiseRecords records;
        String rep;
        try (LocalStore store = openStore()) {
            records = PromiseRecords.of(store);
            rep = Profile.read(dataDir()).rep();
        }
        if (customer != null && !records.knows(customer)) {
            throw new UserError("--customer \"" + customer.strip() + "\": no promise of that customer has ended in "
                    + dataDir() + " (see promise list)");
        }
        Map<String, KeepingRecord> customers = customer != null
                ? Map.of(customer.strip(), records.ofCustomer(customer, from, to)) : records.perCustomer(from, to);
        KeepingRecord yours = customer != null ? null : records.overall(from, to);
        String you = rep == null || rep.isBlank() ? "You" : rep + " (you)";
        if (format == PromiseCommand.Format.json) {
            out().println(PromiseCommand.JSON.writeValueAsString(json(yours, customers)));
            return 0;
        }
        out().println("Promises ended " + period() + ":");
        if (yours != null) {
            print(you, yours);
        }
        customers.forEach(this::print);
        return 0;
    }

    private void print(String who, KeepingRecord record) {
        out().printf("%-28s  %s  (on time %d, late %d, broken %d, withdrawn %d)%n", who, record.words(),
                record.keptOnTime(), record.late(), record.broken(), record.withdrawn());
    }

    private String period() {
        if (from == null && to == null) {
            return "at any time";
        }
        return (from == null ? "up to " + to : to == null ? "from " + from : "from " + from + " to " + to);
    }

    private Map<String, Object> json(KeepingRecord yours, Map<String, KeepingRecord> customers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", from == null ? null : from.toString());
        json.put("to", to == null ? null : to.toString());
        if (yours != null) {
            json.put("rep", counts(yours));
        }
        json.put("customers", customers.entrySet().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customer", e.getKey());
            row.putAll(counts(e.getValue()));
            return row;
        }).toList());
        return json;
    }

    private static Map<String, Object> counts(KeepingRecord record) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("keptOnTime", record.keptOnTime());
        r.put("late", record.late());
        r.put("broken", record.broken());
        r.put("withdrawn", record.withdrawn());
        r.put("shareKept", record.shareKept().orElse(null));
        return r;
    }
}
