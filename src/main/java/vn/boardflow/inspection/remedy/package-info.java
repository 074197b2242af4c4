/**
 * Remedies (khắc phục): the remedial tasks a closed ward inspection leaves the ward, their deadlines,
 * reminders and late notices, the ward's report with evidence and the team head's review. It serves
 * {@link vn.boardflow.inspection.Remedies} to the screens and {@link vn.boardflow.inspection.internal.WardRemedies}
 * to the inspection's own jobs, and works on the ward's inspection through the parent's records.
 */
@ApplicationModule(displayName = "Remedies")
package vn.boardflow.inspection.remedy;

import org.springframework.modulith.ApplicationModule;
