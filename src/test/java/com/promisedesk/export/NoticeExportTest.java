package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.RiskKind;
import com.promisedesk.domain.RiskReason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The customer notice in every format from one model: what the customer reads, and nothing internal. */
class NoticeExportTest {

    static final LocalDate AGREED = LocalDate.of(2026, 11, 23);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    static final Layout UK = Layout.of(Locale.UK);
    static final String PLAN = "A second onboarding team starts on Monday; we call you every Friday until it is live.";
    static final String SUMMARY_SHA = "5e".repeat(32);

    /** The Ostwind promise, agreed, with four reasons it is at risk as h-today will give them. */
    static Notice ostwind(Language language) {
        Promise promise = SummarySamples.promise("ostwind").agreed(AGREED).withLanguage(language);
        List<Milestone> milestones = List.of(new Milestone("Pilot trucks live", LocalDate.of(2026, 12, 4), false));
        List<RiskReason> reasons = List.of(
                new RiskReason(RiskKind.CATALOG_WORSE, 6, null, null, "INT-ERP-SAP: catalog 2026.12.1 needs tier 3",
                        LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 25)),
                new RiskReason(RiskKind.RESPONSIBILITY_OVERDUE, 3, null, 3, "Vehicle list overdue, owner Customer Success",
                        LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21)),
                new RiskReason(RiskKind.MILESTONE_OVERDUE, null, 1, null, "Milestone 1 passed", null, null),
                new RiskReason(RiskKind.LINE_OVERDUE, 5, null, null, "capacity full", LocalDate.of(2026, 12, 14), null));
        var check = new PromiseChecker(SummarySamples.catalog()).check(promise, TeamBookings.none(), AGREED);
        return new NoticeBuilder(SummarySamples.catalog(), UK)
                .change(promise, check, milestones, reasons, SummarySamples.SENDER, TODAY);
    }

    static Notice issued(Language language) {
        Notice draft = ostwind(language);
        return draft.withTexts(draft.changed(), PLAN).issuedWith(3, SUMMARY_SHA);
    }

    @Test
    void thePdfSaysWhatChangedTheOldAndNewDatesThePlanTheRevisionAndTheFingerprint() {
        Notice notice = issued(Language.EN);
        String text = PdfText.of(PdfNotice.render(notice, UK)).flat();

        assertThat(text).containsIgnoringCase("Notice of a change to our promise").contains("What changed", "What it means for you",
                "Our plan", "What we need from you", PLAN);
        assertThat(text).contains("Standard onboarding 14 Dec 2026 → 21 Dec 2026")
                .contains("SAP integration 4 Jan 2027 → 25 Jan 2027")
                .contains("We can no longer deliver this as promised.");
        assertThat(text).contains("Vehicle list with VINs", "The step “Pilot trucks live”, planned for 4 Dec 2026, is not done yet.");
        assertThat(text).contains("Revision 3 of our written promise", "Notice with revision 3", notice.fingerprint(), SUMMARY_SHA);
        // Nothing internal: the reasons' own words named tiers, owners, capacity and catalog versions.
        assertThat(text).doesNotContainIgnoringCase("tier").doesNotContainIgnoringCase("approv")
                .doesNotContainIgnoringCase("capacity").doesNotContain("sales-lead", "Customer Success",
                        "Product Management", "2026.12.1", "INT-ERP-SAP", "NEEDS_APPROVAL");
    }

    @Test
    void everyFormatIsMadeFromTheOneNoticeAndCarriesItsFingerprint() {
        Notice notice = issued(Language.EN);
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.TEXT)) {
            String text = new String(NoticeExport.render(format, notice, UK), StandardCharsets.UTF_8);
            assertThat(text).as(format.label()).contains(notice.fingerprint(), SUMMARY_SHA, "21 Dec 2026")
                    .contains("A second onboarding team starts on Monday");
        }
        assertThat(NoticeJson.read(NoticeJson.write(notice))).isEqualTo(notice);
        assertThat(notice.withTexts(notice.changed(), PLAN + " ").fingerprint()).isEqualTo(notice.fingerprint());
        assertThat(notice.withTexts(notice.changed(), "Another plan").fingerprint()).isNotEqualTo(notice.fingerprint());
    }

    @Test
    void hostileTextStaysTextInHtmlAndMarkdown() {
        String hostile = "<script>alert(1)</script> \u202Egpj.exe [click](http://evil.example) *now*\n# Heading\n"
                + "N".repeat(10_000);
        Notice notice = issued(Language.EN).withTexts(hostile, hostile);

        String html = HtmlNotice.render(notice, UK);
        assertThat(html).doesNotContain("<script>", "\u202E").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("N".repeat(10_000));
        String markdown = MarkdownNotice.render(notice, UK);
        assertThat(markdown).doesNotContain("<script>", "\u202E", "](http", "\n# Heading")
                .contains("\\<script\\>", "\\# Heading", "N".repeat(10_000));
        String text = TextNotice.render(notice, UK);
        assertThat(text).doesNotContain("\u202E");
        assertThat(PdfText.of(PdfNotice.render(notice, UK)).flat()).contains("gpj.exe").doesNotContain("\u202E");
    }

    @Test
    void aGermanNoticeHasNoEnglishHeadingAndNoKey() {
        Notice notice = issued(Language.DE);
        NoticeWords english = new NoticeWords(UK, Language.EN);
        List<String> englishWords = java.util.stream.Stream.of("notice.kind.change", "notice.heading.changed",
                "notice.heading.means", "notice.heading.plan", "notice.heading.needs", "notice.lead.means",
                "notice.lead.needs", "notice.column.item", "notice.column.was", "notice.column.now",
                "notice.now.cannot", "notice.contact.lead", "notice.fact.customer").map(english::text).toList();
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = NoticeExport.render(format, notice, Layout.of(Locale.GERMANY));
            String text = format == ExportFormat.PDF ? PdfText.of(bytes).flat() : new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(format.label()).doesNotContain(englishWords.toArray(String[]::new))
                    .doesNotContainPattern("notice\\.[a-z]").doesNotContain("Dec 2026")
                    .contains("Was sich geändert hat", "Wie wir vorgehen", "14. Dezember 2026", "21. Dezember 2026");
        }
    }

    @Test
    void everyLanguageSaysEveryNoticeWord() throws Exception {
        java.util.Properties base = properties("notice.properties");
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            java.util.Properties other = properties("notice_" + language.tag() + ".properties");
            assertThat(other.stringPropertyNames()).as(language.englishName()).isEqualTo(base.stringPropertyNames());
            Notice notice = issued(language);
            assertThat(TextNotice.render(notice, UK)).as(language.englishName())
                    .doesNotContain(new NoticeWords(UK, Language.EN).text("notice.heading.plan") + "\n");
        }
    }

    @Test
    void anUpdateSaysTheMilestoneReachedAndWhatComesNext() {
        Promise promise = SummarySamples.promise("northwind").agreed(AGREED);
        List<Milestone> milestones = List.of(new Milestone("Depots connected", LocalDate.of(2026, 12, 4), true));
        Notice update = new NoticeBuilder(SummarySamples.catalog(), UK).update(promise, milestones, 1,
                SummarySamples.SENDER, TODAY);
        update = update.withTexts(update.changed(), "Next: driver training on 22 Dec.");
        assertThat(update.kind()).isEqualTo(NoticeKind.UPDATE);
        String text = TextNotice.render(update, UK);
        assertThat(text).contains("Update on our promise", "We have reached the step “Depots connected” (planned for"
                + " 4 Dec 2026).", "What comes next", "Next: driver training on 22 Dec.")
                .doesNotContain("What it means for you", "What we need from you");
        assertThat(promise.status()).isEqualTo(PromiseStatus.AGREED);
        assertThatThrownBy(() -> new NoticeBuilder(SummarySamples.catalog(), UK).update(promise, milestones, 2,
                SummarySamples.SENDER, TODAY)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static java.util.Properties properties(String file) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(NoticeWords.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
