package vn.boardflow.inspection.checklist.internal;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.StandardChecklist;

/** Every installation starts with the standard checklist, demo data or not, so a first round can be opened. */
@Component
class StandardChecklistSeed implements ApplicationRunner {

    private final ChecklistTemplateRepository templates;
    private final Clock clock;

    StandardChecklistSeed(ChecklistTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!templates.existsByName(StandardChecklist.NAME)) {
            templates.save(new ChecklistTemplate(null, StandardChecklist.CHECKLIST, 1, clock.instant(), "system"));
        }
    }
}
