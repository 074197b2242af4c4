package vn.boardflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules depend one way only and nobody reaches into another module's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The module diagrams are written from the code, one per module and one of them all; none may go missing. */
    @Test
    void writesTheModuleDocumentation() {
        Path folder = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("the diagram of %s", module.getDisplayName()).isNotEmptyFile());
    }
}
