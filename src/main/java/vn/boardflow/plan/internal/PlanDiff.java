package vn.boardflow.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.boardflow.document.Recipient;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.shared.ContentChanges.Change;
import vn.boardflow.shared.ContentChanges;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * What changed between two submissions of a plan: header fields (named by their message key), the
 * sections of parts II and III by position, and each target's city value and ward shares.
 */
final class PlanDiff {

    static final String TARGET = "target";

    private PlanDiff() {
    }

    static List<Change> between(PlanContent before, PlanContent after, Map<Long, String> wardNames) {
        ContentChanges<PlanContent> changes = ContentChanges.between(before, after)
                .field("plan.field.programme", PlanContent::programme)
                .field("plan.field.summary", PlanContent::summary)
                .field("plan.field.legalBases", content -> String.join("\n", content.legalBases()))
                .field("plan.field.preamble", PlanContent::preamble)
                .field("plan.field.targetNotes", content -> String.join("\n", content.targetNotes()))
                .field("plan.field.closing", PlanContent::closing)
                .field("plan.field.signingForm", content -> content.signingForm() == null ? "" : content.signingForm().name())
                .field("plan.field.signerName", PlanContent::signerName)
                .field("plan.field.recipients",
                        content -> String.join("\n", content.recipients().stream().map(Recipient::label).toList()))
                .sections("II.", content -> texts(content.measures()))
                .sections("III.", content -> texts(content.duties()));
        targets(changes, before.targets(), after.targets(), wardNames);
        return changes.list();
    }

    private static List<String> texts(List<PlanSection> sections) {
        return sections.stream().map(PlanDiff::text).toList();
    }

    private static String text(PlanSection section) {
        StringBuilder text = new StringBuilder(section.title());
        section.items().forEach(item -> text.append("\n- ").append(item));
        return text.toString();
    }

    private static void targets(ContentChanges<PlanContent> changes, List<TargetLine> before, List<TargetLine> after,
                                Map<Long, String> wardNames) {
        Map<Long, TargetLine> old = byIndicator(before);
        Map<Long, TargetLine> now = byIndicator(after);
        Set<Long> indicators = new LinkedHashSet<>(old.keySet());
        indicators.addAll(now.keySet());
        for (long indicator : indicators) {
            TargetLine was = old.get(indicator);
            TargetLine is = now.get(indicator);
            String name = (is != null ? is : was).indicator();
            String oldValue = was == null ? "" : VietnameseNumbers.grouped(was.cityValue());
            String newValue = is == null ? "" : VietnameseNumbers.grouped(is.cityValue());
            changes.add(TARGET, name, oldValue, newValue);
            Set<Long> wards = new LinkedHashSet<>(was == null ? Set.of() : was.wardShares().keySet());
            wards.addAll(is == null ? Set.of() : is.wardShares().keySet());
            for (long ward : wards) {
                long oldShare = was == null ? 0 : was.shareOf(UnitId.of(ward));
                long newShare = is == null ? 0 : is.shareOf(UnitId.of(ward));
                if (oldShare != newShare) {
                    changes.add(TARGET, name + " — " + Objects.requireNonNullElse(wardNames.get(ward),
                            String.valueOf(ward)), VietnameseNumbers.grouped(oldShare), VietnameseNumbers.grouped(newShare));
                }
            }
        }
    }

    private static Map<Long, TargetLine> byIndicator(List<TargetLine> lines) {
        Map<Long, TargetLine> map = new LinkedHashMap<>();
        lines.forEach(line -> map.put(line.indicatorId(), line));
        return map;
    }
}
