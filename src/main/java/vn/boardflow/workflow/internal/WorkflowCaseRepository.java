package vn.boardflow.workflow.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowCaseRepository extends JpaRepository<WorkflowCase, String> {
}
