package vn.boardflow.report.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.report.UnitReports.ReportEntry;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/**
 * What a report says: its figures, rows of their own that consolidations and dashboards add up, and its sections'
 * texts as JSON.
 */
@Embeddable
class ReportContent {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    @ElementCollection
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "amount")
    private Map<String, Long> figures = new HashMap<>();

    @Column(name = "texts_json", nullable = false)
    private String textsJson = StoredJson.write(Map.of());

    /** Keeps what was typed: whole numbers of zero or more, the texts stripped. */
    void keep(ReportEntry entry) {
        entry.figures().values().forEach(value -> {
            if (value < 0) {
                throw new RuleViolation("report.error.negative");
            }
        });
        figures.keySet().retainAll(entry.figures().keySet());
        figures.putAll(entry.figures());
        Map<String, String> texts = new HashMap<>();
        entry.texts().forEach((key, text) -> texts.put(key, text.strip()));
        this.textsJson = StoredJson.write(texts);
    }

    ReportEntry entry() {
        return new ReportEntry(figures, StoredJson.read(textsJson, TEXTS));
    }

    Map<String, Long> figures() {
        return Map.copyOf(figures);
    }
}
