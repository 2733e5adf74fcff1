package jp.bansou;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (the direct sub-packages of jp.bansou) depend on each other one way only and through each other's API;
 * the leaves (plan, platform, security, calendar, web, notification) use only what their package-info allows. The
 * module diagrams in src/docs/modules are written from the code, and the README's diagram must match it.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(BansouApplication.class);

    /** Every module may use these; the README's diagram leaves their arrows out. */
    static final Set<String> USED_BY_ALL = Set.of("platform", "plan", "security", "web");

    static final Path README = Path.of("README.md");
    static final Path DOCS = Path.of("src/docs/modules");

    @Test
    void modulesDependOnEachOtherOneWayAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

    /**
     * A package-info.java in src/test for a package of src/main would shadow the module's own on the test classpath
     * (its name, its allowed dependencies): test packages that mirror a module take the module's.
     */
    @Test
    void modulesKeepTheDeclarationsOfTheirPackageInfo() {
        assertThat(MODULES.getModuleByName("engagement")).hasValueSatisfying(module ->
                assertThat(module.getDisplayName()).isEqualTo("案件 (Engagement)"));
        assertThat(MODULES.getModuleByName("platform")).hasValueSatisfying(module ->
                assertThat(module.getDisplayName()).isEqualTo("基盤 (Platform)"));
    }

    @Test
    void readmeDrawsTheArrowsBetweenTheModulesThatTheCodeHas() throws IOException {
        assertThat(readmeArrows()).as("the arrows of the mermaid diagram in README.md, section Modules")
                .isEqualTo(codeArrows());
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }

        String components = Files.readString(DOCS.resolve("components.puml"));
        MODULES.forEach(module -> {
            assertThat(components).contains("\"" + module.getDisplayName() + "\"");
            assertThat(DOCS.resolve("module-" + module.getName() + ".puml")).isRegularFile();
            assertThat(DOCS.resolve("module-" + module.getName() + ".adoc")).isRegularFile();
        });
    }

    /**
     * The Documenter writes a diagram's relations in no fixed order; sorted, a diagram changes only when the modules
     * do, and a test run leaves the committed files alone.
     */
    static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                at.add(i);
            }
        }
        List<String> relations = at.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < at.size(); i++) {
            lines.set(at.get(i), relations.get(i));
        }
        Files.write(diagram, lines);
    }

    static Set<String> codeArrows() {
        Set<String> arrows = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            module.getDirectDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getName)
                    .filter(target -> !USED_BY_ALL.contains(target))
                    .forEach(target -> arrows.add(module.getName() + " --> " + target));
        }
        return arrows;
    }

    static Set<String> readmeArrows() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("\n## Modules");
        assertThat(section).as("README.md has a section Modules").isPositive();
        int start = readme.indexOf("```mermaid", section);
        int end = readme.indexOf("```", start + 3);
        assertThat(start).as("the Modules section has a mermaid diagram").isPositive();
        Matcher arrow = Pattern.compile("(?m)^\\s*(\\w+)(?:\\[[^\\]]*])?\\s*-->\\s*(\\w+)")
                .matcher(readme.substring(start, end));
        Set<String> arrows = new TreeSet<>();
        while (arrow.find()) {
            arrows.add(arrow.group(1) + " --> " + arrow.group(2));
        }
        return arrows;
    }
}
