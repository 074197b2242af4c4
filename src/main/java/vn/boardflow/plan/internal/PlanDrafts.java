package vn.boardflow.plan.internal;

import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.shared.RuleViolation;

/** How a draft starts (blank or from last year's plan) and what a saved draft may hold. */
final class PlanDrafts {

    static final int MAX_SUMMARY = DraftContent.MAX_SUMMARY;
    static final int MAX_TEXT = 4000;
    static final int MAX_LINES = 200;

    private PlanDrafts() {
    }

    /** Every active indicator with no value yet, signed under the body's first authority. */
    static PlanContent blank(IssuingBodyView body, int year, List<TargetLine> indicators) {
        SigningAuthority authority = body.signingAuthorities().isEmpty() ? null : body.signingAuthorities().getFirst();
        return new PlanContent("", "Triển khai thực hiện Đề án năm " + year, List.of(), "", List.of(), indicators,
                List.of(), List.of(), "", authority == null ? null : authority.form(), "", List.of());
    }

    /**
     * Last year's plan with the year moved on in its own texts; legal bases keep their dates, since the
     * decisions they cite do not change.
     */
    static PlanContent movedOn(PlanContent previous, int fromYear, int toYear) {
        String from = String.valueOf(fromYear);
        String to = String.valueOf(toYear);
        return new PlanContent(previous.programme(), previous.summary().replace(from, to), previous.legalBases(),
                previous.preamble().replace(from, to),
                previous.targetNotes().stream().map(note -> note.replace(from, to)).toList(), previous.targets(),
                moved(previous.measures(), from, to), moved(previous.duties(), from, to),
                previous.closing().replace(from, to), previous.signingForm(), previous.signerName(),
                previous.recipients());
    }

    private static List<PlanSection> moved(List<PlanSection> sections, String from, String to) {
        return sections.stream().map(section -> new PlanSection(section.title().replace(from, to),
                section.items().stream().map(item -> item.replace(from, to)).toList())).toList();
    }

    /** Refuses what the document and the register could not hold. */
    static PlanContent checked(PlanContent content) {
        if (content.summary().length() > MAX_SUMMARY) {
            throw new RuleViolation("plan.error.summaryTooLong", MAX_SUMMARY);
        }
        List<String> texts = new ArrayList<>(List.of(content.programme(), content.preamble(),
                content.closing(), content.signerName()));
        texts.addAll(content.legalBases());
        texts.addAll(content.targetNotes());
        content.measures().forEach(section -> {
            texts.add(section.title());
            texts.addAll(section.items());
        });
        content.duties().forEach(section -> {
            texts.add(section.title());
            texts.addAll(section.items());
        });
        if (texts.stream().anyMatch(text -> text.length() > MAX_TEXT)) {
            throw new RuleViolation("plan.error.textTooLong", MAX_TEXT);
        }
        if (texts.size() > MAX_LINES * 4 || content.recipients().size() > MAX_LINES) {
            throw new RuleViolation("plan.error.tooManyLines", MAX_LINES);
        }
        return content;
    }
}
