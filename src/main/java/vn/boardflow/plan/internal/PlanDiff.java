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
import vn.boardflow.plan.PlanTrail.PlanChange;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * What changed between two submissions of a plan: header fields (named by their message key), the
 * sections of parts II and III by position, and each target's city value and ward shares.
 */
final class PlanDiff {

    static final String FIELD = "field";
    static final String SECTION = "section";
    static final String TARGET = "target";

    private PlanDiff() {
    }

    static List<PlanChange> between(PlanContent before, PlanContent after, Map<Long, String> wardNames) {
        List<PlanChange> changes = new ArrayList<>();
        field(changes, "plan.field.programme", before, after, PlanContent::programme);
        field(changes, "plan.field.summary", before, after, PlanContent::summary);
        field(changes, "plan.field.legalBases", before, after, content -> String.join("\n", content.legalBases()));
        field(changes, "plan.field.preamble", before, after, PlanContent::preamble);
        field(changes, "plan.field.targetNotes", before, after, content -> String.join("\n", content.targetNotes()));
        field(changes, "plan.field.closing", before, after, PlanContent::closing);
        field(changes, "plan.field.signingForm", before, after,
                content -> content.signingForm() == null ? "" : content.signingForm().name());
        field(changes, "plan.field.signerName", before, after, PlanContent::signerName);
        field(changes, "plan.field.recipients", before, after,
                content -> String.join("\n", content.recipients().stream().map(Recipient::label).toList()));
        sections(changes, "II", before.measures(), after.measures());
        sections(changes, "III", before.duties(), after.duties());
        targets(changes, before.targets(), after.targets(), wardNames);
        return changes;
    }

    private static void field(List<PlanChange> changes, String key, PlanContent before, PlanContent after,
                              Function<PlanContent, String> value) {
        String old = value.apply(before);
        String now = value.apply(after);
        if (!old.equals(now)) {
            changes.add(new PlanChange(FIELD, key, old, now));
        }
    }

    private static void sections(List<PlanChange> changes, String part, List<PlanSection> before,
                                 List<PlanSection> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String old = i < before.size() ? text(before.get(i)) : "";
            String now = i < after.size() ? text(after.get(i)) : "";
            if (!old.equals(now)) {
                changes.add(new PlanChange(SECTION, part + "." + (i + 1), old, now));
            }
        }
    }

    private static String text(PlanSection section) {
        StringBuilder text = new StringBuilder(section.title());
        section.items().forEach(item -> text.append("\n- ").append(item));
        return text.toString();
    }

    private static void targets(List<PlanChange> changes, List<TargetLine> before, List<TargetLine> after,
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
            if (!oldValue.equals(newValue)) {
                changes.add(new PlanChange(TARGET, name, oldValue, newValue));
            }
            Set<Long> wards = new LinkedHashSet<>(was == null ? Set.of() : was.wardShares().keySet());
            wards.addAll(is == null ? Set.of() : is.wardShares().keySet());
            for (long ward : wards) {
                long oldShare = was == null ? 0 : was.shareOf(UnitId.of(ward));
                long newShare = is == null ? 0 : is.shareOf(UnitId.of(ward));
                if (oldShare != newShare) {
                    changes.add(new PlanChange(TARGET, name + " — " + Objects.requireNonNullElse(wardNames.get(ward),
                            String.valueOf(ward)), VietnameseNumbers.grouped(oldShare), VietnameseNumbers.grouped(newShare)));
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
