package vn.boardflow.document.internal;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** The body's clerks keep its distribution lists; everyone who reaches the body may use them. */
@Service
@Transactional
class DistributionListService implements DistributionLists {

    private final DistributionListRepository lists;
    private final IssuingBodyRepository bodies;
    private final AccessPolicy access;

    DistributionListService(DistributionListRepository lists, IssuingBodyRepository bodies, AccessPolicy access) {
        this.lists = lists;
        this.bodies = bodies;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DistributionListView> of(IssuingBodyId issuingBodyId) {
        access.requireActsIn(unitOf(issuingBodyId));
        return lists.findByIssuingBodyIdOrderByName(issuingBodyId.value()).stream().map(DistributionList::view).toList();
    }

    @Override
    public long save(SaveDistributionList command) {
        access.requireActsIn(Role.CLERK, unitOf(command.issuingBodyId()));
        DistributionList list;
        if (command.id() == null) {
            list = new DistributionList(command.issuingBodyId().value(), command.name(), command.recipients());
        } else {
            list = lists.findById(command.id()).filter(found -> found.issuingBodyId() == command.issuingBodyId().value())
                    .orElseThrow(() -> new RuleViolation("distribution.error.notFound"));
            list.update(command.name(), command.recipients());
        }
        try {
            return lists.saveAndFlush(list).id();
        } catch (DataIntegrityViolationException duplicateName) {
            throw new RuleViolation("distribution.error.nameTaken", command.name());
        }
    }

    @Override
    public void delete(long listId) {
        DistributionList list = lists.findById(listId).orElseThrow(() -> new RuleViolation("distribution.error.notFound"));
        access.requireActsIn(Role.CLERK, unitOf(IssuingBodyId.of(list.issuingBodyId())));
        lists.delete(list);
    }

    private UnitId unitOf(IssuingBodyId issuingBodyId) {
        return bodies.findById(issuingBodyId.value()).map(IssuingBody::unitId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
    }
}
