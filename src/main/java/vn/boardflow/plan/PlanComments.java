package vn.boardflow.plan;

import java.time.Instant;
import java.util.List;

/** The plan's Ý kiến: what anyone at its body wrote, at the stage the plan was in, oldest first. */
public interface PlanComments {

    List<PlanComment> comments(PlanId planId);

    void comment(PlanId planId, String text);

    record PlanComment(long id, Instant writtenAt, String author, String authorName, PlanStatus stage, String text) {
    }
}
