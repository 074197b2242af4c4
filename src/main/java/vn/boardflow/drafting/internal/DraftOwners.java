package vn.boardflow.drafting.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftOwner;

/**
 * The features that have rules of their own for sending their drafts, asked before one of them goes on. A feature
 * whose drafts are generated whole from its records (an inspection round's papers) has none.
 */
@Component
class DraftOwners {

    private final Map<String, DraftOwner> byFeature;

    DraftOwners(ObjectProvider<DraftOwner> owners) {
        this.byFeature = owners.orderedStream().collect(Collectors.toMap(DraftOwner::feature, Function.identity()));
    }

    void checkSubmittable(DocumentDraft draft) {
        DraftOrigin origin = draft.origin();
        if (origin == null) {
            return;
        }
        DraftOwner owner = byFeature.get(origin.feature());
        if (owner != null) {
            owner.checkSubmittable(origin.subjectId());
        }
    }
}
