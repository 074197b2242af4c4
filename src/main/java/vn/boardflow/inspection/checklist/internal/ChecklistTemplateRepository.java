package vn.boardflow.inspection.checklist.internal;

import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    List<ChecklistTemplate> findAllByOrderByNameAscRevisionDesc();

    /** The latest revision of each checklist still in use, in the order of their names. */
    default List<ChecklistTemplate> latestInUse() {
        Map<String, ChecklistTemplate> latest = new LinkedHashMap<>();
        findAllByOrderByNameAscRevisionDesc().stream().filter(ChecklistTemplate::active)
                .forEach(template -> latest.putIfAbsent(template.name(), template));
        return List.copyOf(latest.values());
    }

    boolean existsByName(String name);

    List<ChecklistTemplate> findByNameOrderByRevisionDesc(String name);

    /** A name's revisions, newest first, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select template from ChecklistTemplate template where template.name = :name order by template.revision desc")
    List<ChecklistTemplate> lockByName(String name);
}
