package vn.boardflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

/** The layering rules of the architecture guide that Spring Modulith does not check by itself. */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.boardflow");

    @Test
    void onlyTheWorkflowModuleTalksToFlowable() {
        noClasses().that().resideOutsideOfPackage("vn.boardflow.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(MAIN);
    }

    @Test
    void onlyTheDocumentInternalsTalkToDocx4j() {
        noClasses().that().resideOutsideOfPackage("vn.boardflow.document.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.docx4j..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void onlyUiPackagesAndTheShellUseVaadinComponents() {
        noClasses().that().resideOutsideOfPackages("..ui..", "vn.boardflow.shell..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(MAIN);
    }

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..internal..").check(MAIN);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotHaveSimpleName("LoginView")
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .check(MAIN);
    }

    @Test
    void viewsAndScreenHelpersStayOutOfTheApi() {
        classes().that().resideInAPackage("..ui..").and().areNotNestedClasses()
                .and().resideOutsideOfPackage("vn.boardflow.shared.ui")
                .should().notBePublic()
                .check(MAIN);
    }

    @Test
    void everyRefusalIsTheAccessPolicys() {
        noClasses().that().doNotHaveFullyQualifiedName(AccessPolicy.class.getName())
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(AccessDeniedException.class))))
                .check(MAIN);
    }

    /** Other modules publish what happened ({@link Audited} events) and the organisation's audit log listens. */
    @Test
    void onlyTheOrganisationModuleWritesTheAuditLogDirectly() {
        noClasses().that().resideOutsideOfPackage("vn.boardflow.org..")
                .should().callMethod(AuditLog.class, "record", AuditRecord.class)
                .check(MAIN);
    }
}
