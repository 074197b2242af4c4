package vn.boardflow.drafting.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts.DraftSummary;
import vn.boardflow.drafting.DraftQueues;
import vn.boardflow.workflow.TaskInbox;

/** The queues follow the task inbox, so a substitute's queue holds what waits for the colleague they cover. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class DraftQueueService implements DraftQueues {

    private final TaskInbox inbox;
    private final DocumentDraftRepository drafts;
    private final IssuingBodies bodies;
    private final DraftViews views;

    DraftQueueService(TaskInbox inbox, DocumentDraftRepository drafts, IssuingBodies bodies, DraftViews views) {
        this.inbox = inbox;
        this.drafts = drafts;
        this.bodies = bodies;
        this.views = views;
    }

    @Override
    public List<DraftSummary> waitingForMe() {
        return waiting(null);
    }

    @Override
    public List<DraftSummary> toSign() {
        return waiting(DraftTasks.SIGN_OFF);
    }

    private List<DraftSummary> waiting(String taskKey) {
        List<String> cases = inbox.casesWaiting(DraftTasks.PROCESS_KEY, taskKey);
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<String, DocumentDraft> byCase = drafts.findByProcessInstanceIdIn(cases).stream()
                .collect(Collectors.toMap(DocumentDraft::processInstanceId, Function.identity()));
        List<IssuingBodyView> all = bodies.all();
        return cases.stream().map(byCase::get).filter(Objects::nonNull).map(draft -> views.summary(draft, all)).toList();
    }
}
