package vn.boardflow.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DraftEvents.DraftCommented;
import vn.boardflow.drafting.DraftEvents.DraftCreated;
import vn.boardflow.drafting.DraftEvents.DraftFileChanged;
import vn.boardflow.drafting.DraftEvents.DraftSaved;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.plan.PlanningBoard;

/** The drafting module with only the modules it uses: what a draft tells the rest of the application. */
@ModuleTest
class DraftingModuleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftComments comments;
    @Autowired
    DraftApproval approval;
    @Autowired
    DraftFiles files;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aDraftPublishesItsCreationEachSaveCommentFileAndStep(AssertablePublishedEvents events) {
        PlanningBoard board = PlanningBoard.create(context);
        Logins.as(userDetails, board.drafter());
        DraftId id = drafts.create(board.bodyId(), DraftContent.start(DocumentType.THONG_BAO, "Thông báo lịch họp"));
        drafts.save(id, drafts.find(id).orElseThrow().version(), new DraftContent(DocumentType.THONG_BAO,
                "Thông báo lịch họp Ban Tổ chức", null, List.of(), null,
                List.of(new Paragraph("Ban Tổ chức họp vào 8 giờ ngày thứ Hai hằng tuần.")), null, SigningForm.TM,
                "Phạm Quốc Bảo", List.of()));
        files.attach(id, "lich-hop.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        approval.submit(id, drafts.find(id).orElseThrow().version());
        Logins.as(userDetails, board.leader());
        comments.comment(id, "Ghi rõ địa điểm họp.");

        assertThat(events).contains(DraftCreated.class)
                .matching(created -> created.draftId().equals(id) && created.unitId().equals(board.unitId())
                        && created.type().equals("THONG_BAO"));
        assertThat(events).contains(DraftSaved.class)
                .matching(saved -> saved.draftId().equals(id) && saved.revision() == 2
                        && saved.summary().equals("Thông báo lịch họp Ban Tổ chức"));
        assertThat(events).contains(DraftCommented.class)
                .matching(commented -> commented.draftId().equals(id) && commented.revision() == 2);
        assertThat(events).contains(DraftFileChanged.class)
                .matching(file -> file.draftId().equals(id) && file.attached() && file.fileName().equals("lich-hop.pdf"));
        assertThat(events).contains(DraftStepTaken.class)
                .matching(step -> step.draftId().equals(id) && step.step() == DraftStepTaken.Step.SUBMITTED
                        && step.before() == DraftStatus.DRAFTING && step.after() == DraftStatus.IN_REVIEW
                        && step.drafter().equals(board.drafter()));
    }
}
