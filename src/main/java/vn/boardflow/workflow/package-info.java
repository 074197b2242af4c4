/**
 * The glue to Flowable: starting a case for a subject in a unit, the task inbox across the user's
 * roles and the people they substitute for, and claiming, releasing and completing tasks with the
 * access checks and audit that go with them. Only this module imports {@code org.flowable}.
 */
@ApplicationModule(displayName = "Workflow", allowedDependencies = {"shared", "org"})
package vn.boardflow.workflow;

import org.springframework.modulith.ApplicationModule;
