package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.org.UnitAdministration.CloseUnit;
import vn.boardflow.org.UnitAdministration.CreateUnit;
import vn.boardflow.org.UnitAdministration.MergeUnit;
import vn.boardflow.org.UnitAdministration.MoveUnit;
import vn.boardflow.org.UnitAdministration.RenameUnit;
import vn.boardflow.shared.RuleViolation;

@IntegrationTest
class UnitAdministrationTests {

    static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitAdministration units;
    @Autowired
    Organisation organisation;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AccessPolicy access;
    @Autowired
    Memberships memberships;
    @Autowired
    CurrentUser currentUser;

    private UnitId createWard(String name, UnitId parentId) {
        return units.create(new CreateUnit(parentId, UnitType.WARD, name, null, null, FOUNDED));
    }

    @Test
    void whoCreatesATopLevelUnitAdministersItsTree() {
        Logins.as(userDetails, "quantri");
        String name = "Ủy ban nhân dân tỉnh Bắc Ninh " + UUID.randomUUID().toString().substring(0, 6);

        UnitId province = units.create(new CreateUnit(null, UnitType.PROVINCE, name, null, "UBND", FOUNDED));
        UnitId board = units.create(new CreateUnit(province, UnitType.BOARD, "Ban Chỉ đạo " + name, null, null, FOUNDED));

        assertThat(access.canAdminister(province)).isTrue();
        assertThat(access.canAdminister(board)).as("and everything below").isTrue();
        assertThat(memberships.of(currentUser.actor().userId()))
                .anySatisfy(held -> {
                    assertThat(held.unitId()).isEqualTo(province);
                    assertThat(held.role()).isEqualTo(Role.ADMIN);
                });
        assertThat(auditLog.search(new AuditFilter(null, null, null, "membership.granted", "Membership", null), 0, 100))
                .anySatisfy(entry -> assertThat(entry.unitId()).isEqualTo(province));
    }

    @Test
    void historyKeepsTheOldNameAndParentAfterARenameAndAMove() {
        Logins.as(userDetails, "quantri");
        UnitId board = DemoUnits.cityBoard(organisation).id();
        UnitId province = DemoUnits.named(organisation, "Ủy ban nhân dân tỉnh Bình Dương").id();
        String name = "Phường Thử " + UUID.randomUUID();
        UnitId ward = createWard(name, board);

        units.rename(new RenameUnit(ward, name + " mới", "Thử mới", "TM", REORGANISATION));
        units.move(new MoveUnit(ward, province, REORGANISATION.plusDays(1)));

        assertThat(organisation.today().unit(ward)).map(OrgUnit::name).contains(name + " mới");
        assertThat(organisation.today().unit(ward)).map(OrgUnit::parentId).contains(province);
        assertThat(organisation.on(LocalDate.of(2024, 1, 1), false).unit(ward)).map(OrgUnit::name).contains(name);
        assertThat(organisation.on(LocalDate.of(2024, 1, 1), false).unit(ward)).map(OrgUnit::parentId).contains(board);
        assertThat(organisation.history(ward)).extracting(Organisation.UnitHistoryEntry::changeReason)
                .containsExactly(UnitChange.CREATED, UnitChange.RENAMED, UnitChange.MOVED);
        assertThat(auditLog.search(new AuditFilter(null, null, null, null, "Unit", String.valueOf(ward)), 0, 10))
                .extracting(AuditLog.AuditEntryView::action)
                .containsExactly("unit.moved", "unit.renamed", "unit.created");
    }

    @Test
    void closingIsRefusedWhileUnitsBelowAreOpenAndAMergeMovesThemAcross() {
        Logins.as(userDetails, "quantri");
        UnitId board = DemoUnits.cityBoard(organisation).id();
        UnitId ward = createWard("Phường Cũ " + UUID.randomUUID(), board);
        UnitId branch = units.create(new CreateUnit(ward, UnitType.BRANCH, "Chi hội nhà trọ " + UUID.randomUUID(),
                null, null, FOUNDED));
        UnitId receiving = createWard("Phường Mới " + UUID.randomUUID(), board);

        assertThatThrownBy(() -> units.close(new CloseUnit(ward, REORGANISATION)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unit.error.hasOpenChildren");
        assertThatThrownBy(() -> units.merge(new MergeUnit(ward, branch, REORGANISATION)))
                .hasMessageContaining("unit.error.mergeIntoOwnSubtree");

        units.merge(new MergeUnit(ward, receiving, REORGANISATION));

        OrgChart after = organisation.on(REORGANISATION, false);
        assertThat(after.contains(ward)).isFalse();
        assertThat(after.unit(branch)).map(OrgUnit::parentId).contains(receiving);
        assertThat(organisation.on(REORGANISATION, true).unit(ward)).map(OrgUnit::mergedIntoId).contains(receiving);
    }

    @Test
    void aWardOfficerCannotChangeTheTree() {
        Logins.as(userDetails, "phucuong");
        UnitId ownBoard = DemoUnits.wardBoard(organisation, "Phú Cường").id();

        assertThatThrownBy(() -> units.rename(new RenameUnit(ownBoard, "Tên khác", null, null, REORGANISATION)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.create(new CreateUnit(null, UnitType.PROVINCE, "Tỉnh mới", null, null, FOUNDED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMoveIntoItsOwnSubtreeIsRefused() {
        Logins.as(userDetails, "quantri");
        UnitId board = DemoUnits.cityBoard(organisation).id();
        UnitId ward = createWard("Phường Vòng " + UUID.randomUUID(), board);
        UnitId branch = units.create(new CreateUnit(ward, UnitType.BRANCH, "Chi đoàn " + UUID.randomUUID(), null, null,
                FOUNDED));

        assertThatThrownBy(() -> units.move(new MoveUnit(ward, branch, REORGANISATION)))
                .hasMessageContaining("unit.error.moveIntoOwnSubtree");
    }
}
