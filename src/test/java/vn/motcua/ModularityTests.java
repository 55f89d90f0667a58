package vn.motcua;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies; their diagram is written into docs/modules. */
@Tag("rule")
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);

	@Test
	void modulesKeepToTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
