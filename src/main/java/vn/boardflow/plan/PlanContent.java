package vn.boardflow.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.UnitId;

/**
 * What the drafter writes: the header, the targets with their ward shares, part II (content and measures)
 * and part III (organisation of implementation, duties per body), the signer and the distribution list.
 *
 * @param programme   the Đề án the plan implements
 * @param targetNotes the sentences of part I above the targets table, if any
 */
public record PlanContent(String programme, String summary, List<String> legalBases, String preamble,
                          List<String> targetNotes, List<TargetLine> targets, List<PlanSection> measures,
                          List<PlanSection> duties, String closing, SigningForm signingForm, String signerName,
                          List<Recipient> recipients) {

    public PlanContent {
        programme = text(programme);
        summary = text(summary);
        legalBases = lines(legalBases);
        preamble = text(preamble);
        targetNotes = lines(targetNotes);
        targets = targets == null ? List.of() : List.copyOf(targets);
        measures = measures == null ? List.of() : List.copyOf(measures);
        duties = duties == null ? List.of() : List.copyOf(duties);
        closing = text(closing);
        signerName = text(signerName);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A numbered section of part II or III with its dash items. */
    public record PlanSection(String title, List<String> items) {

        public PlanSection {
            title = text(title);
            items = lines(items);
        }
    }

    /**
     * One target: the indicator as named when the plan was written, the city's value and, for an
     * indicator allocated to wards, each ward's share by the ward's unit id.
     */
    public record TargetLine(long indicatorId, String indicator, String unitOfMeasure, boolean allocated,
                             long cityValue, Map<Long, Long> wardShares) {

        public TargetLine {
            TreeMap<Long, Long> shares = new TreeMap<>();
            if (wardShares != null) {
                wardShares.forEach((ward, share) -> {
                    if (share != null && share != 0) {
                        shares.put(ward, share);
                    }
                });
            }
            wardShares = Collections.unmodifiableMap(shares);
        }

        public long wardTotal() {
            return wardShares.values().stream().mapToLong(Long::longValue).sum();
        }

        /** What the wards still have to take on; negative when they were given more than the city's value. */
        public long remaining() {
            return cityValue - wardTotal();
        }

        public long shareOf(UnitId ward) {
            return wardShares.getOrDefault(ward.value(), 0L);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().map(PlanContent::text).filter(line -> !line.isEmpty()).toList();
    }
}
