package vn.boardflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.DemoOrganisationLoaded;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanContent.PlanSection;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanDrafting.NewPlan;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanView;

/**
 * The city board's plans, on the document route as their drafts: 2018's (seed 004) returned once by the reviewer,
 * approved, signed off and issued on 05/01/2018 as 01/KH-BTC.ĐACN to the wards; and next year's, submitted and
 * waiting for the reviewer.
 */
@Component
class DemoPlans {

    static final String RETURN_COMMENT = "Đề nghị bổ sung nhiệm vụ thanh quyết toán kinh phí của BTC Đề án phường.";

    private final IssuingBodies bodies;
    private final AnnualPlans plans;
    private final PlanDrafting drafting;
    private final DraftApproval approval;
    private final DemoRoute route;
    private final DemoUsers users;
    private final Clock clock;

    DemoPlans(IssuingBodies bodies, AnnualPlans plans, PlanDrafting drafting, DraftApproval approval, DemoRoute route,
              DemoUsers users, Clock clock) {
        this.bodies = bodies;
        this.plans = plans;
        this.drafting = drafting;
        this.approval = approval;
        this.route = route;
        this.users = users;
        this.clock = clock;
    }

    void load(DemoOrganisationLoaded organisation) {
        users.signIn("duthao");
        IssuingBodyView board = cityBoard(bodies, organisation);
        Seed004Text seed = Seed004Text.read();
        PlanId plan = drafting.create(new NewPlan(board.id(), Seed004Text.YEAR, false));
        DraftId draft = route.submitted(written(plan, withoutLastDuty(seed), board, organisation));
        users.signIn("xemxet");
        approval.returnToDrafter(draft, RETURN_COMMENT);
        users.signIn("duthao");
        route.submitted(written(plan, seed, board, organisation));
        route.agreedSignedAndIssued(draft, "Đồng ý, trình Trưởng ban ký.", LocalDate.of(Seed004Text.YEAR, 1, 5));

        users.signIn("duthao");
        int nextYear = LocalDate.now(clock).getYear() + 1;
        route.submitted(written(drafting.create(new NewPlan(board.id(), nextYear, false)), seed.forYear(nextYear), board,
                organisation));
    }

    static IssuingBodyView cityBoard(IssuingBodies bodies, DemoOrganisationLoaded organisation) {
        return bodyOf(bodies, organisation.cityBoardId());
    }

    static IssuingBodyView bodyOf(IssuingBodies bodies, UnitId unitId) {
        return bodies.all().stream().filter(body -> body.unitId().equals(unitId)).findFirst().orElseThrow();
    }

    /** The wards' boards, as the city board's documents are sent to them. */
    static List<Recipient> wardBoards(DemoOrganisationLoaded organisation) {
        List<Recipient> wards = new ArrayList<>();
        organisation.wardBoardIds().forEach((ward, boardId) ->
                wards.add(Recipient.unit(boardId, "BTC Đề án phường " + ward)));
        return wards;
    }

    /** @return the plan's draft, with what was written as its latest version */
    private DraftId written(PlanId plan, Seed004Text written, IssuingBodyView board, DemoOrganisationLoaded organisation) {
        PlanView draft = plans.find(plan).orElseThrow();
        drafting.save(plan, draft.version(), content(draft.content(), written, board, organisation));
        return draft.draftId();
    }

    /** The first submission, before the reviewer asked for the wards' settlement duty. */
    private static Seed004Text withoutLastDuty(Seed004Text seed) {
        List<PlanSection> duties = new ArrayList<>(seed.duties());
        PlanSection wards = duties.getLast();
        duties.set(duties.size() - 1, new PlanSection(wards.title(), wards.items().subList(0, wards.items().size() - 1)));
        return new Seed004Text(seed.programme(), seed.summary(), seed.legalBases(), seed.preamble(), seed.targetNotes(),
                seed.measures(), duties, seed.closing(), seed.signerName(), seed.outsideRecipients(), seed.targets());
    }

    /** The draft written with the seed's texts, the city's targets split across the wards, sent to their boards. */
    private PlanContent content(PlanContent draft, Seed004Text seed, IssuingBodyView board,
                                DemoOrganisationLoaded organisation) {
        List<Ward> wards = plans.wards(board.id());
        List<TargetLine> targets = draft.targets().stream().map(line -> {
            long city = seed.targets().getOrDefault(line.indicator(), 0L);
            return new TargetLine(line.indicatorId(), line.indicator(), line.unitOfMeasure(), line.allocated(), city,
                    line.allocated() ? split(city, wards) : Map.of());
        }).toList();
        List<Recipient> recipients = new ArrayList<>();
        seed.outsideRecipients().forEach(name -> recipients.add(Recipient.outside(name)));
        recipients.addAll(wardBoards(organisation));
        return new PlanContent(seed.programme(), seed.summary(), seed.legalBases(), seed.preamble(), seed.targetNotes(),
                targets, seed.measures(), seed.duties(), seed.closing(), draft.signingForm(), seed.signerName(),
                recipients);
    }

    /** Each ward an equal share, the first wards one more until the city's figure is reached. */
    private static Map<Long, Long> split(long city, List<Ward> wards) {
        Map<Long, Long> shares = new HashMap<>();
        for (int i = 0; i < wards.size(); i++) {
            shares.put(wards.get(i).unitId().value(), city / wards.size() + (i < city % wards.size() ? 1 : 0));
        }
        return shares;
    }
}
