package jp.bansou;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The classes that import the engine's internals ({@code org.camunda.bpm.engine.impl}, which a fork or a new version
 * may change) are the ones README.md lists under Versions and support, the list a migration works through.
 */
class EngineInternalsTest {

    static final String INTERNALS = "org.camunda.bpm.engine.impl";

    @Test
    void theReadmeListsEveryClassThatUsesTheEnginesInternals() throws IOException {
        assertThat(readmeList()).as("the classes in README.md's table of what each uses from engine.impl")
                .isEqualTo(classesUsingInternals());
    }

    /** Each source file of the service that imports from the engine's internals, as module.Class. */
    static Set<String> classesUsingInternals() throws IOException {
        Path sources = Path.of("src/main/java/jp/bansou");
        Pattern importOfInternals = Pattern.compile("(?m)^import (static )?" + Pattern.quote(INTERNALS) + "\\.");
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (importOfInternals.matcher(Files.readString(file)).find()) {
                    classes.add(sources.relativize(file).toString().replace(".java", "").replace('/', '.'));
                }
            }
        }
        return classes;
    }

    /** The first column of the table; a name without its module is in the module of the name before it. */
    static Set<String> readmeList() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int table = readme.indexOf("| class | what it uses from `engine.impl` |");
        assertThat(table).as("README.md has the table of what each class uses from engine.impl").isPositive();
        Set<String> classes = new TreeSet<>();
        for (String row : readme.substring(table).split("\n\n")[0].lines().skip(2).toList()) {
            String module = "";
            for (String name : row.split("\\|")[1].replace("`", "").split(",")) {
                name = name.strip();
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    module = name.substring(0, dot);
                    classes.add(name);
                } else {
                    classes.add(module + "." + name);
                }
            }
        }
        return classes;
    }
}
