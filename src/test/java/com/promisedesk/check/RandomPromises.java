package com.promisedesk.check;

import com.promisedesk.domain.Better;
import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.LeadTime;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.QuantityLimit;
import com.promisedesk.domain.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random catalogs and promises from one seed, for property tests and the benchmark. */
public final class RandomPromises {

    private final Random random;

    public RandomPromises(long seed) {
        this.random = new Random(seed);
    }

    /** {@code size} capabilities C0..; one in four without a lead time; with {@code capacity} false none has a weekly capacity. */
    public Catalog catalog(int size, boolean capacity) {
        CatalogMaker catalog = CatalogMaker.catalog().underPromise(random.nextInt(50), random.nextInt(8));
        if (random.nextInt(10) == 0) {
            catalog.country("DE").closed(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 12, 24));
        }
        for (int i = 0; i < size; i++) {
            catalog.with(capability(i, size, capacity));
        }
        return catalog.build();
    }

    private CatalogMaker.Cap capability(int i, int size, boolean capacity) {
        CatalogMaker.Cap cap = CatalogMaker.capability("C" + i);
        int roll = random.nextInt(20);
        if (roll == 0) {
            cap.status(CapabilityStatus.RETIRED);
        } else if (roll == 1) {
            cap.status(CapabilityStatus.LIMITED);
        } else if (roll == 2) {
            cap.planned(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000)));
        }
        if (random.nextInt(5) == 0) {
            cap.regions(random.nextBoolean() ? "EU" : "NA");
        }
        if (random.nextInt(4) == 0) {
            cap.noLeadTime();  // a support level, a payment term, a discount
        } else {
            int standard = random.nextInt(40);
            List<LeadTime.Step> steps = new ArrayList<>();
            for (int tier = 1; tier <= 4; tier++) {
                if (random.nextInt(3) == 0) {
                    steps.add(new LeadTime.Step(tier, random.nextInt(standard + 1)));
                }
            }
            cap.leadTime(standard, steps.toArray(LeadTime.Step[]::new));
        }
        if (random.nextBoolean()) {
            int max = 1 + random.nextInt(3);
            cap.maxQuantity(max, new QuantityLimit.Step(1 + random.nextInt(4), max + random.nextInt(3)));
        }
        if (capacity && random.nextBoolean()) {
            cap.perWeek(1 + random.nextInt(6));
        }
        if (size > 1) {
            for (int r = random.nextInt(3); r > 0; r--) {
                int other = random.nextInt(size);
                if (other != i) {
                    cap.requires("C" + other, random.nextInt(8));
                }
            }
        }
        if (random.nextInt(4) == 0) {
            cap.customerSupplies("Customer input " + i, random.nextInt(15));
        }
        if (random.nextInt(3) == 0) {
            cap.term(new Term("responseHours", "First response", "h", Better.LOWER, BigDecimal.valueOf(8),
                    List.of(new Term.Step(1 + random.nextInt(4), BigDecimal.valueOf(2 + random.nextInt(6))))));
        }
        return cap;
    }

    /** A promise of {@code lines} lines over capabilities C0..C(size-1), sometimes bespoke or unknown. */
    public Promise promise(int size, int lines) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(900));
        List<CommitmentLine> all = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            LocalDate date = random.nextInt(6) == 0 ? null : start.plusDays(random.nextInt(90) - 5);
            int roll = random.nextInt(30);
            if (roll == 0) {
                all.add(CommitmentLine.bespoke("Bespoke item " + i, date));
                continue;
            }
            String code = roll == 1 ? "UNKNOWN" : "C" + random.nextInt(size);
            Map<String, BigDecimal> terms = random.nextInt(4) == 0
                    ? Map.of("responseHours", BigDecimal.valueOf(1 + random.nextInt(14))) : Map.of();
            all.add(new CommitmentLine(code, null, 1 + random.nextInt(5), date, terms, null));
        }
        return PromiseMaker.promise(start, random.nextBoolean() ? "EU" : "NA", all);
    }

    /**
     * T for {@code promise}: a fixed clock per seed, from 20 days before its start to 40 after, so
     * some promises are judged before they start and some after, with lines dated in the past.
     */
    public LocalDate today(Promise promise) {
        return promise.start().plusDays(random.nextInt(61) - 20);
    }

    /** Team bookings for some of the capabilities in the weeks around {@code start}. */
    TeamBookings bookings(int size, LocalDate start) {
        Map<TeamBookings.Key, Integer> booked = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            booked.put(TeamBookings.Key.of("C" + random.nextInt(size), start.plusDays(random.nextInt(90))),
                    1 + random.nextInt(4));
        }
        return new TeamBookings(booked);
    }

    Random random() {
        return random;
    }
}
