package com.promisedesk.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fixed sentences of the summary, shared by every format so they all say the same thing. */
final class SummaryWords {

    static final String DOCUMENT_KIND = "Written summary of our promise";
    static final String MARK_EXPLAINED = "Nothing in this document is promised until we issue it as agreed.";
    static final String DELIVER = "What we will deliver";
    static final String NOTHING_TO_DELIVER = "Nothing is promised yet.";
    static final String AWAITING = "Awaiting confirmation";
    static final String AWAITING_LEAD = "These items are not yet promised. We will confirm each one by the date shown;"
            + " until we do, please do not rely on them.";
    static final String NOT_YET_PROMISED = "Not yet promised";
    static final String NOT_INCLUDED = "Not included";
    static final String NOT_INCLUDED_LEAD = "You asked for these, and we cannot deliver them as asked."
            + " They are not part of this promise.";
    static final String EXPECTATIONS = "What you told us you expect";
    static final String NO_EXPECTATIONS = "No expectations were recorded.";
    static final String AGREED_WORDING = "Agreed wording:";
    static final String RESPONSIBILITIES = "What we need from you";
    static final String RESPONSIBILITIES_LEAD = "If something arrives late, the items that depend on it move later"
            + " by at least the same time.";
    static final String NO_RESPONSIBILITIES = "Nothing is needed from you.";
    static final String EXTRAS = "One-time extras";
    static final String EXTRAS_LEAD = "Given once, as goodwill. They are not part of the ongoing promise"
            + " and are not repeated.";
    static final String ONE_TIME = "One-time";
    static final String KEEP_INFORMED = "How we will keep you informed";
    static final String MILESTONES_LEAD = "We will update you at each of these steps.";
    static final String NO_MILESTONES = "We will tell you at each step of delivery, and at once if a date is at risk.";

    private final Layout layout;

    SummaryWords(Layout layout) {
        this.layout = layout;
    }

    String date(LocalDate day) {
        return day == null ? "—" : layout.date(day);
    }

    /** When an item is due, as a sentence part: "by 15 Dec 2026", or "from 23 Nov 2026" for one without a lead time. */
    String when(Summary.Item item) {
        return (item.fromDate() ? "from " : "by ") + date(item.date());
    }

    /** The date of an item in a table column headed "By": "From 23 Nov 2026" for one without a lead time. */
    String dateCell(Summary.Item item) {
        return item.fromDate() ? "From " + date(item.date()) : date(item.date());
    }

    String documentTitle(Summary.Header h) {
        return h.title() + " — " + h.customer();
    }

    /** Label and value of each header fact, in print order; missing ones are left out. */
    List<String[]> headerFacts(Summary.Header h) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Customer", h.customer()});
        if (h.contact() != null) {
            facts.add(new String[] {"Contact", h.contact()});
        }
        facts.add(new String[] {"Date", date(h.issued())});
        if (h.rep() != null) {
            facts.add(new String[] {"Prepared by", h.rep()});
        }
        facts.add(new String[] {"Status", h.status()});
        facts.add(new String[] {"Revision", revision(h)});
        return facts;
    }

    static String revision(Summary.Header h) {
        return h.revision() == null ? "Not issued (preview)" : Integer.toString(h.revision());
    }

    /** "Revision 2 · Issued 23 Nov 2026", the footer's first line. */
    String footerFacts(Summary.Header h) {
        String revision = h.revision() == null ? "Preview, not issued" : "Revision " + h.revision();
        return revision + " · Issued " + date(h.issued()) + " · " + h.customer();
    }

    String whyNotIncluded(Summary.Excluded excluded) {
        return excluded.earliest() == null
                ? "We cannot deliver this as asked."
                : "We cannot deliver this by the date asked. The earliest we can offer is "
                        + date(excluded.earliest()) + ".";
    }

    List<String[]> contactFacts(Sender sender) {
        List<String[]> facts = new ArrayList<>();
        if (sender.rep() != null) {
            facts.add(new String[] {"Your contact", sender.rep()});
        }
        if (sender.email() != null) {
            facts.add(new String[] {"Email", sender.email()});
        }
        if (sender.phone() != null) {
            facts.add(new String[] {"Phone", sender.phone()});
        }
        if (sender.company() != null) {
            facts.add(new String[] {"Company", sender.company()});
        }
        return facts;
    }

    static String contactLead(boolean noContact) {
        return noContact ? "Questions about this summary: please ask the person who gave it to you."
                : "Questions about this summary, or about any date in it:";
    }
}
