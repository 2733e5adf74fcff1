package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's bare baseline is Camunda and nothing of the service: its REST API wants HTTP Basic and starts the
 * one-user-task process for the admin, and the service's API and webapp files are not there.
 */
class BareApplicationTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBareApplicationStartsTheProcessForTheAdminAndKnowsNothingOfTheService() throws Exception {
        try (BareApplication bare = BareApplication.start(Path.of("target/bench/bare-test.log"))) {
            HttpRequest.Builder start = HttpRequest.newBuilder(bare.uri(BareApplication.PROCESS_START))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));

            assertThat(send(start).statusCode()).isEqualTo(401);
            HttpResponse<String> started = send(start.header("Authorization", ServiceBenchmark.basic("admin")));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            assertThat(started.body()).contains("\"definitionKey\":\"benchBare\"");

            assertThat(send(HttpRequest.newBuilder(bare.uri("/api/board")).GET()).statusCode()).isEqualTo(404);
            HttpResponse<String> config = send(HttpRequest.newBuilder(bare.uri("/camunda/app/cockpit/scripts/config.js"))
                    .GET());
            assertThat(config.statusCode()).isEqualTo(200);
            assertThat(config.body()).as("Camunda's own config.js, not the service's").doesNotContain("bansou");
            assertThat(bare.peakMemoryMegabytes()).isPositive();
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
