package vn.boardflow.fund.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * Loads a dossier for what the user is about to do with it: the ward's officers read and write their own ward's;
 * the body's people read the body's; the secretariat receives, the accountant checks, pays and closes, the leader
 * approves; nobody approves what they sent. The ward follows its advance paid out with the dossier that clears it,
 * and a closed dossier with one that corrects it. The process then checks that its step is offered to the user.
 */
@Component
class SettlementAccess {

    private static final List<Role> BODY_ROLES = List.of(Role.DRAFTER, Role.REVIEWER, Role.LEADER, Role.ACCOUNTANT);

    private final SettlementDossierRepository dossiers;
    private final AccessPolicy access;
    private final WardOfficers wardOfficers;
    private final CurrentUser currentUser;
    private final Organisation organisation;

    SettlementAccess(SettlementDossierRepository dossiers, AccessPolicy access, WardOfficers wardOfficers,
                     CurrentUser currentUser, Organisation organisation) {
        this.organisation = organisation;
        this.dossiers = dossiers;
        this.access = access;
        this.wardOfficers = wardOfficers;
        this.currentUser = currentUser;
    }

    SettlementDossier readable(SettlementId id) {
        SettlementDossier dossier = load(id);
        AccessPolicy.require(reads(dossier));
        return dossier;
    }

    boolean reads(SettlementDossier dossier) {
        return ofWard(dossier) || access.canActIn(dossier.bodyUnitId());
    }

    /** For the ward's officers writing or sending it. */
    SettlementDossier writable(SettlementId id) {
        SettlementDossier dossier = load(id);
        AccessPolicy.require(ofWard(dossier));
        return dossier;
    }

    /** For one of the body's steps, taken by a holder of one of the roles in the body. */
    SettlementDossier forStep(SettlementId id, SettlementAction action) {
        SettlementDossier dossier = load(id);
        AccessPolicy.require(holdsRoleFor(dossier, action));
        return dossier;
    }

    /** What the user may do with the dossier now. */
    Set<SettlementAction> actions(SettlementDossier dossier) {
        Set<SettlementAction> actions = EnumSet.noneOf(SettlementAction.class);
        SettlementStatus status = dossier.status();
        if (status.beingWritten() && ofWard(dossier)) {
            actions.add(SettlementAction.EDIT);
            actions.add(SettlementAction.SUBMIT);
        }
        boolean advance = dossier.kind() == DossierKind.ADVANCE;
        if (status == (advance ? SettlementStatus.PAID : SettlementStatus.CLOSED) && ofWard(dossier)
                && dossiers.followerOf(dossier.settlementId().value()).isEmpty()) {
            actions.add(advance ? SettlementAction.CLEAR : SettlementAction.CORRECT);
        }
        SettlementAction step = switch (status) {
            case SUBMITTED -> SettlementAction.RECEIVE;
            case RECEIVED -> SettlementAction.CHECK;
            case CHECKED -> SettlementAction.APPROVE;
            case APPROVED -> SettlementAction.PAY;
            case PAID -> advance ? null : SettlementAction.CLOSE;
            default -> null;
        };
        if (step != null && holdsRoleFor(dossier, step)
                && !(step == SettlementAction.APPROVE && dossier.sentBy(currentUser.actor().username(), null))) {
            actions.add(step);
        }
        return actions;
    }

    private boolean holdsRoleFor(SettlementDossier dossier, SettlementAction action) {
        Set<Role> roles = switch (action) {
            case RECEIVE -> Set.of(Role.DRAFTER, Role.REVIEWER);
            case CHECK, PAY, CLOSE -> Set.of(Role.ACCOUNTANT);
            case APPROVE -> Set.of(Role.LEADER);
            case EDIT, SUBMIT, CLEAR, CORRECT -> Set.of();
        };
        return roles.stream().anyMatch(role -> access.can(role, dossier.bodyUnitId()));
    }

    private boolean ofWard(SettlementDossier dossier) {
        return isOfficerOf(dossier.wardUnitId());
    }

    boolean isOfficerOf(UnitId ward) {
        return myWards().contains(ward);
    }

    Set<UnitId> myWards() {
        return wardOfficers.myWards();
    }

    /**
     * The units whose dossiers the user may read as one of a body's people: where they hold a body's role, and the
     * units above (a secretariat's drafter reads its board's).
     */
    Set<Long> bodiesReached() {
        OrgChart chart = organisation.today();
        Set<UnitId> own = new HashSet<>();
        BODY_ROLES.forEach(role -> own.addAll(access.unitsWhere(role)));
        Set<Long> reached = new HashSet<>();
        for (UnitId unit : own) {
            reached.add(unit.value());
            chart.ancestors(unit).forEach(above -> reached.add(above.id().value()));
        }
        return reached;
    }

    private SettlementDossier load(SettlementId id) {
        return dossiers.findById(id.value()).orElseThrow(() -> new RuleViolation("settlement.error.notFound"));
    }
}
