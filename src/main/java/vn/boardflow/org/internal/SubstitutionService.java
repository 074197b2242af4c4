package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Substitutions;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
class SubstitutionService implements Substitutions {

    private final SubstitutionRepository substitutions;
    private final UserAccountRepository users;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Clock clock;

    SubstitutionService(SubstitutionRepository substitutions, UserAccountRepository users, AccessPolicy access,
                        AuditLog auditLog, Clock clock) {
        this.substitutions = substitutions;
        this.users = users;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public long name(NameSubstitute command) {
        access.requireSelfOrAdministrator(command.userId());
        Substitution substitution = new Substitution(command.userId(), command.substituteId(), command.validFrom(),
                command.validTo(), command.note());
        if (command.validTo().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("substitution.error.inPast");
        }
        boolean substituteActive = users.findById(command.substituteId()).map(UserAccount::isActive).orElse(false);
        if (!substituteActive || !users.existsById(command.userId())) {
            throw new RuleViolation("substitution.error.userInactive");
        }
        boolean overlaps = substitutions.findByUserIdOrderByValidFromDesc(command.userId()).stream()
                .anyMatch(s -> s.overlaps(command.validFrom(), command.validTo()));
        if (overlaps) {
            throw new RuleViolation("substitution.error.overlap");
        }
        Substitution saved = substitutions.save(substitution);
        auditLog.record(AuditRecord.of("substitution.named", "Substitution", saved.id(), null, null, state(saved)));
        return saved.id();
    }

    @Override
    public void cancel(long substitutionId) {
        Substitution substitution = substitutions.findById(substitutionId)
                .orElseThrow(() -> new RuleViolation("substitution.error.notFound"));
        access.requireSelfOrAdministrator(substitution.userId());
        substitutions.delete(substitution);
        auditLog.record(AuditRecord.of("substitution.cancelled", "Substitution", substitutionId, null,
                state(substitution), null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubstitutionView> involving(long userId) {
        access.requireSelfOrAdministrator(userId);
        List<Substitution> found = Stream.concat(
                        substitutions.findByUserIdOrderByValidFromDesc(userId).stream(),
                        substitutions.findBySubstituteIdOrderByValidFromDesc(userId).stream())
                .toList();
        Map<Long, String> names = users.findAllById(found.stream()
                        .flatMap(s -> Stream.of(s.userId(), s.substituteId())).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
        return found.stream()
                .map(s -> new SubstitutionView(s.id(), s.userId(), names.get(s.userId()), s.substituteId(),
                        names.get(s.substituteId()), s.validFrom(), s.validTo(), s.note()))
                .toList();
    }


    private static Map<String, Object> state(Substitution substitution) {
        Map<String, Object> state = new HashMap<>();
        state.put("userId", substitution.userId());
        state.put("substituteId", substitution.substituteId());
        state.put("validFrom", substitution.validFrom().toString());
        state.put("validTo", substitution.validTo().toString());
        state.put("note", substitution.note());
        return state;
    }
}
