package vn.boardflow.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.RuleViolation;

/** Reads who issues from the organisation chart as it stands today and the leaders who hold office in the body. */
@Service
@Transactional(readOnly = true)
class OrgIssuers implements Issuers {

    private final IssuingBodyRepository bodies;
    private final Organisation organisation;
    private final UserDirectory users;
    private final AccessPolicy access;

    OrgIssuers(IssuingBodyRepository bodies, Organisation organisation, UserDirectory users, AccessPolicy access) {
        this.bodies = bodies;
        this.organisation = organisation;
        this.users = users;
        this.access = access;
    }

    @Override
    public Issuer issuing(IssuingBodyId issuingBodyId, LocalDate issuedOn) {
        IssuingBodyView body = bodies.view(issuingBodyId);
        access.requireActsIn(Role.CLERK, body.unitId());
        if (issuedOn == null) {
            throw new RuleViolation("issuance.error.issueDateRequired");
        }
        return new Issuer(body, issuedOn, organisation.today().draftingUnitOf(body.unitId()).orElse(null),
                () -> head(body));
    }

    @Override
    public ProposedSigner headOf(IssuingBodyId issuingBodyId) {
        IssuingBodyView body = bodies.view(issuingBodyId);
        access.requireActsIn(body.unitId());
        return new ProposedSigner(body.signingAuthorities().getFirst().form(), head(body).orElse(""));
    }

    /** The body's leader first by name. */
    private Optional<String> head(IssuingBodyView body) {
        return users.contacts(Role.LEADER, List.of(body.unitId())).stream().map(UserSummary::fullName).sorted()
                .findFirst();
    }
}
