package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StartupBenchmarkTest {

    @Test
    void theArchivedStartsTakeTheImagesJvmOptionsButItsArchive() throws Exception {
        assertThat(StartupBenchmark.imageJvmOptions(Files.readString(Path.of("docker-compose.yml"))))
                .containsExactly("-XX:+UseSerialGC");
    }

    @Test
    void anImageWithoutAJavaEntrypointIsNamed() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StartupBenchmark.imageJvmOptions("ENTRYPOINT [\"sh\", \"-c\", \"run\"]"))
                .withMessageContaining("ENTRYPOINT");
    }

    @Test
    void anEntrypointThatRunsNoJarIsNamed() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StartupBenchmark.imageJvmOptions("ENTRYPOINT [\"java\", \"-version\"]"))
                .withMessageContaining("no -jar");
    }
}
