package vn.boardflow.drafting.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.org.Role;

/**
 * The features that have rules of their own for sending their drafts, asked before one of them goes on, and for
 * who writes them. A feature whose drafts are generated whole from its records (an inspection round's papers) has
 * none. The owners are looked up on first use: they write their drafts through this module, so they are built
 * after it.
 */
@Component
class DraftOwners {

    private static final Set<Role> DRAFTERS = Set.of(Role.DRAFTER);

    private final ObjectProvider<DraftOwner> owners;
    private volatile Map<String, DraftOwner> byFeature;

    DraftOwners(ObjectProvider<DraftOwner> owners) {
        this.owners = owners;
    }

    void checkSubmittable(DocumentDraft draft) {
        DraftOrigin origin = draft.origin();
        if (origin != null) {
            owner(origin).ifPresent(owner -> owner.checkSubmittable(origin.subjectId()));
        }
    }

    /** The roles whose holders in the body write a draft of this origin ({@code null}: the drafts editor's). */
    Set<Role> draftingRoles(DraftOrigin origin) {
        return origin == null ? DRAFTERS : owner(origin).map(DraftOwner::draftingRoles).orElse(DRAFTERS);
    }

    private Optional<DraftOwner> owner(DraftOrigin origin) {
        Map<String, DraftOwner> known = byFeature;
        if (known == null) {
            known = owners.orderedStream().collect(Collectors.toMap(DraftOwner::feature, Function.identity()));
            byFeature = known;
        }
        return Optional.ofNullable(known.get(origin.feature()));
    }
}
