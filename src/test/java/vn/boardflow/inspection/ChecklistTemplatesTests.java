package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.RuleViolation;

/**
 * A checklist changes by revisions: each save is the next one, a save over a revision published meanwhile
 * is refused, rounds keep the revision they were opened with, and a retired checklist opens no new round.
 */
@IntegrationTest
class ChecklistTemplatesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    UserDetailsService userDetails;

    PlanningBoard board;

    @BeforeEach
    void newBoard() {
        board = PlanningBoard.create(context);
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    /** A checklist of the test's own, so that other tests keep finding the standard one as they left it. */
    static Checklist checklist(String name, int maxScore) {
        return new Checklist(name, List.of(new Group("Sinh hoạt", List.of(
                new Criterion("1.1", "Chi hội sinh hoạt hằng tháng", maxScore, "Xem sổ sinh hoạt", true),
                new Criterion("1.2", "Nội dung sinh hoạt phong phú", 10, "", false)))), new RatingScale(90, 75, 60, 40));
    }

    @Test
    void eachSaveIsTheNextRevisionAndRoundsKeepTheirs() {
        Logins.as(userDetails, board.drafter());
        String name = "Bộ tiêu chí thử " + UUID.randomUUID().toString().substring(0, 6);
        TemplateView first = templates.create(board.bodyId(), checklist(name, 10));
        assertThat(first.revision()).isOne();
        assertThat(first.createdBy()).isEqualTo(board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR, first.id(), false, ""));

        TemplateView second = templates.revise(first.id(), checklist(name, 20));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.checklist().maxScore()).isEqualTo(30);
        assertThat(templates.current()).filteredOn(template -> template.checklist().name().equals(name))
                .singleElement().extracting(TemplateView::id).isEqualTo(second.id());
        assertThat(templates.revisions(first.id())).extracting(TemplateView::revision).containsExactly(2, 1);
        assertThat(rounds.find(roundId).orElseThrow().templateId()).as("the round keeps the revision it was opened with")
                .isEqualTo(first.id());

        assertThatThrownBy(() -> templates.revise(first.id(), checklist(name, 15)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("checklist.error.revisedMeanwhile");
                    assertThat(refusal.arguments()).containsExactly(2);
                });
        assertThatThrownBy(() -> templates.create(board.bodyId(), checklist(name, 15)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("checklist.error.nameTaken"));
        assertThatThrownBy(() -> new RatingScale(90, 95, 60, 40)).isInstanceOf(RuleViolation.class);

        Logins.as(userDetails, board.reviewer());
        assertThat(templates.mayRevise(second.id())).isFalse();
        assertThatThrownBy(() -> templates.revise(second.id(), checklist(name, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.retire(second.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRetiredChecklistOpensNoNewRound() {
        Logins.as(userDetails, board.leader());
        assertThat(templates.bodiesForNewChecklists()).extracting(IssuingBodyView::id).contains(board.bodyId());
        String name = "Bộ tiêu chí cũ " + UUID.randomUUID().toString().substring(0, 6);
        TemplateView published = templates.create(board.bodyId(), checklist(name, 10));
        assertThat(templates.mayRevise(published.id())).isTrue();
        templates.retire(published.id());

        assertThat(templates.current()).noneMatch(template -> template.checklist().name().equals(name));
        assertThat(templates.find(published.id()).orElseThrow().inUse()).isFalse();
        assertThatThrownBy(() -> rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.YEAR_END,
                published.id(), false, ""))).isInstanceOfSatisfying(RuleViolation.class, refusal ->
                assertThat(refusal.messageKey()).isEqualTo("inspection.error.templateRetired"));
    }

    @Test
    void aChecklistIsItsBodysToChangeAndTheSystemsIsEveryBodysToStartFrom() {
        Logins.as(userDetails, board.drafter());
        String name = "Bộ tiêu chí của ban " + UUID.randomUUID().toString().substring(0, 6);
        TemplateView own = templates.create(board.bodyId(), checklist(name, 10));
        long standard = InspectionFixtures.standardChecklist(templates);
        assertThat(own.issuingBodyId()).isEqualTo(board.bodyId());
        assertThat(templates.find(standard).orElseThrow().issuingBodyId()).as("comes with the system").isNull();
        assertThat(templates.mayRevise(standard)).as("the system's checklist is the administrators'").isFalse();
        assertThatThrownBy(() -> templates.revise(standard, StandardChecklist.CHECKLIST))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.availableTo(board.bodyId())).extracting(TemplateView::id).contains(own.id(), standard);

        PlanningBoard other = PlanningBoard.create(context);
        Logins.as(userDetails, other.drafter());
        assertThat(templates.find(own.id())).as("another body's drafter reads it").isPresent();
        assertThat(templates.mayRevise(own.id())).isFalse();
        assertThatThrownBy(() -> templates.revise(own.id(), checklist(name, 20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.retire(own.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create(board.bodyId(), checklist(name + " khác", 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.availableTo(other.bodyId())).extracting(TemplateView::id)
                .contains(standard).doesNotContain(own.id());
        assertThatThrownBy(() -> rounds.open(new OpenRound(other.bodyId(), 2026, InspectionPeriod.MID_YEAR, own.id(),
                false, ""))).isInstanceOfSatisfying(RuleViolation.class, refusal ->
                assertThat(refusal.messageKey()).isEqualTo("inspection.error.templateOfAnotherBody"));
    }
}
