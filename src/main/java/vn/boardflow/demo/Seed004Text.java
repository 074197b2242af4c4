package vn.boardflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.boardflow.plan.PlanContent.PlanSection;

/**
 * The texts of seed 004, the Thủ Dầu Một board's 2018 plan, as the drafter typed them (kept as data in
 * {@code demo/ke-hoach-2018.json}), with the city's target for each indicator of the catalogue by name.
 */
record Seed004Text(String programme, String summary, List<String> legalBases, String preamble,
                   List<String> targetNotes, List<PlanSection> measures, List<PlanSection> duties, String closing,
                   String signerName, List<String> outsideRecipients, Map<String, Long> targets) {

    static final int YEAR = 2018;

    static Seed004Text read() {
        try (InputStream json = Seed004Text.class.getResourceAsStream("/demo/ke-hoach-2018.json")) {
            return JsonMapper.builder().build().readValue(json, Seed004Text.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same plan written for another year: its dates and year references moved on. */
    Seed004Text forYear(int year) {
        String from = String.valueOf(YEAR);
        String to = String.valueOf(year);
        return new Seed004Text(programme, summary.replace(from, to), moved(legalBases, from, to),
                preamble.replace(from, to), moved(targetNotes, from, to), movedSections(measures, from, to),
                movedSections(duties, from, to), closing.replace(from, to), signerName, outsideRecipients, targets);
    }

    private static List<String> moved(List<String> lines, String from, String to) {
        return lines.stream().map(line -> line.replace(from, to)).toList();
    }

    private static List<PlanSection> movedSections(List<PlanSection> sections, String from, String to) {
        List<PlanSection> moved = new ArrayList<>();
        sections.forEach(section -> moved.add(new PlanSection(section.title().replace(from, to),
                moved(section.items(), from, to))));
        return moved;
    }
}
