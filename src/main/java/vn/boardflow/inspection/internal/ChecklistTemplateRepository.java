package vn.boardflow.inspection.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    List<ChecklistTemplate> findAllByOrderByNameAscRevisionDesc();

    boolean existsByName(String name);
}
