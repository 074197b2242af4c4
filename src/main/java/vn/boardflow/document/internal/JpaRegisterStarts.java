package vn.boardflow.document.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentEvents.RegisterStarted;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class JpaRegisterStarts implements RegisterStarts {

    /** Registers older than BoardFlow's time are not moved into it. */
    static final int FIRST_YEAR = 2000;
    static final int MAX_NUMBER = 99_999;

    private final IssuingBodyRepository bodies;
    private final RegisterStartRepository starts;
    private final NumberingCounters counters;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaRegisterStarts(IssuingBodyRepository bodies, RegisterStartRepository starts, NumberingCounters counters,
                      AccessPolicy access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.bodies = bodies;
        this.starts = starts;
        this.counters = counters;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void startAt(StartAt command) {
        NumberingSettings body = bodies.numberingSettings(command.issuingBodyId().value())
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        AccessPolicy.require(access.can(Role.CLERK, body.unitId()) || access.canAdminister(body.unitId()));
        if (body.scheme() == NumberingScheme.PER_TYPE && command.type() == null) {
            throw new RuleViolation("register.start.error.typeRequired");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (command.year() < FIRST_YEAR || command.year() > thisYear + 1) {
            throw new RuleViolation("register.start.error.year", FIRST_YEAR, thisYear + 1);
        }
        // a start is set once, so a slip of the keyboard would stay for the year
        if (command.nextNumber() > MAX_NUMBER) {
            throw new RuleViolation("register.start.error.tooLarge", MAX_NUMBER);
        }
        String reason = RegisterStart.reason(command.reason());
        String sequence = body.scheme().sequenceKey(command.type());
        // the counter is locked first, so an issuer waits and a second start of the same sequence sees the first
        int last = counters.lockLast(body.bodyId(), command.year(), sequence);
        if (starts.existsByIssuingBodyIdAndYearAndSequenceKey(body.bodyId(), command.year(), sequence)) {
            throw new RuleViolation("register.start.error.alreadySet", command.year());
        }
        if (command.nextNumber() <= last + 1) {
            throw new RuleViolation("register.start.error.notPastIssued", DocumentSymbol.padded(last + 1));
        }
        counters.setLast(body.bodyId(), command.year(), sequence, command.nextNumber() - 1);
        RegisterStart start = starts.save(new RegisterStart(body.bodyId(), command.year(), sequence, last + 1,
                command.nextNumber(), reason, clock.instant(), currentUser.actor().username()));
        events.publishEvent(new RegisterStarted(start.id(), body.unitId(), command.year(), sequence, last + 1,
                command.nextNumber(), reason));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterStartView> of(IssuingBodyId issuingBodyId, int year) {
        NumberingSettings body = bodies.numberingSettings(issuingBodyId.value())
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireActsIn(body.unitId());
        return starts.findByIssuingBodyIdAndYearOrderBySequenceKey(issuingBodyId.value(), year).stream()
                .map(RegisterStart::view).toList();
    }
}
