package org.nianbao.engine.interpret;

import java.util.List;
import java.util.Map;
import org.nianbao.engine.interpret.SectionFinder.Heading;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.source.SourceDocument;

/**
 * Turns a {@link SourceDocument} into {@link Report} facts. Format-independent: every reader's output
 * goes through here. It only orders the steps, each done by its own class: the items in reading order
 * ({@link Item}, flattened web text expanded by {@link FlatText}), the sections ({@link SectionFinder}),
 * title, agency and year ({@link TitleAndAgency}), statistics period and dates ({@link ReportDates}),
 * the edition ({@link Editions}), the three national tables under canonical keys ({@link TableReader},
 * {@link EditionDecision}), parts, misspelt labels and narrative mentions.
 */
public final class ReportBuilder {
    private final java.util.function.Supplier<Editions> editionSource;

    /** A builder that knows the built-in editions and those of the bundled rule packs. */
    public ReportBuilder() {
        this(Editions.bundled());
    }

    /** A builder for the given editions (e.g. those of a {@code --rules} directory). */
    public ReportBuilder(Editions editions) {
        this(() -> editions);
    }

    /**
     * A builder whose editions are asked for when the first report is built, not now: a run can start
     * reading its first file while the edition data is still being parsed on another thread.
     */
    public ReportBuilder(java.util.function.Supplier<Editions> editions) {
        this.editionSource = editions;
    }

    public Report build(SourceDocument doc) {
        Editions editions = editionSource.get();
        List<Item> published = Item.of(doc);
        StringBuilder publishedText = new StringBuilder();
        for (Item it : published) {
            publishedText.append(it.label());
        }
        String publishedLabel = publishedText.toString();
        List<Item> items = FlatText.expand(published, editions);
        Report r = new Report();
        r.setFile(doc.file());
        r.setFormat(doc.format());
        r.getNotes().addAll(doc.notes());
        StringBuilder full = new StringBuilder();
        for (Item it : items) {
            full.append(it.text()).append('\n');
        }
        r.setFullText(full.toString());

        List<Heading> headings = SectionFinder.headings(items);
        r.getSections().addAll(SectionFinder.sections(r.getFile(), items, headings));
        TitleAndAgency.find(items, headings).applyTo(r);
        ReportDates.findPeriod(r, items);
        if (r.getYear() == null && r.getPeriodStart() != null) {
            r.setYear(r.getPeriodStart().getYear());
            r.setYearSource("统计期限");
        }
        ReportDates.findDates(r, items);
        detectEdition(r, editions);
        Map<String, String> regions = PublishedRegions.of(publishedLabel);
        new TableReader(r, items, headings, editions, regions, publishedLabel).readAll();
        EditionDecision.decide(r, editions);
        Parts.compute(r);
        LabelTypos.find(r, publishedLabel, regions);
        MentionExtractor.addMentions(r);
        return r;
    }

    private static void detectEdition(Report r, Editions editions) {
        Editions.Detection d = editions.detect(Text.label(r.getFullText()), r.getYear());
        r.setEdition(d.edition());
        r.setEditionEvidence(d.evidence());
    }
}
