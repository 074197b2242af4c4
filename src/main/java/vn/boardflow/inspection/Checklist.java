package vn.boardflow.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.boardflow.shared.RuleViolation;

/**
 * A bộ tiêu chí: groups of criteria, each with its maximum score, guidance for the inspector and whether
 * evidence must be attached, and the scale that turns a total into a rating.
 */
public record Checklist(String name, List<Group> groups, RatingScale scale) {

    public Checklist {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("checklist.error.nameRequired");
        }
        name = name.strip();
        groups = groups == null ? List.of() : List.copyOf(groups);
        if (groups.isEmpty() || groups.stream().anyMatch(group -> group.criteria().isEmpty())) {
            throw new RuleViolation("checklist.error.empty");
        }
        Set<String> codes = new HashSet<>();
        for (Group group : groups) {
            for (Criterion criterion : group.criteria()) {
                if (!codes.add(criterion.code())) {
                    throw new RuleViolation("checklist.error.duplicateCode", criterion.code());
                }
            }
        }
        if (scale == null) {
            scale = RatingScale.USUAL;
        }
    }

    public record Group(String title, List<Criterion> criteria) {

        public Group {
            if (title == null || title.isBlank()) {
                throw new RuleViolation("checklist.error.groupTitleRequired");
            }
            title = title.strip();
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public int maxScore() {
            return criteria.stream().mapToInt(Criterion::maxScore).sum();
        }
    }

    /** @param code the criterion's number in the template, e.g. "2.1", which minutes and reports print */
    public record Criterion(String code, String text, int maxScore, String guidance, boolean evidenceRequired) {

        public Criterion {
            if (code == null || code.isBlank() || text == null || text.isBlank()) {
                throw new RuleViolation("checklist.error.criterionRequired");
            }
            if (maxScore <= 0) {
                throw new RuleViolation("checklist.error.maxScore", code);
            }
            code = code.strip();
            text = text.strip();
            guidance = guidance == null ? "" : guidance.strip();
        }
    }

    public int maxScore() {
        return groups.stream().mapToInt(Group::maxScore).sum();
    }

    public Rating rate(int totalScore) {
        return scale.rate(totalScore, maxScore());
    }

    public List<Criterion> criteria() {
        return groups.stream().flatMap(group -> group.criteria().stream()).toList();
    }
}
