package jp.bansou.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The public inquiry endpoint's size and rate limits. */
@BansouTest
class InquiryProtectionTest {

    static final String INQUIRY = """
            {"organisation": "O", "contactName": "N", "contactEmail": "n@o.example", "employeeCount": 3, "message": "m"}""";

    @Autowired
    TestRestTemplate http;
    @Value("${bansou.inquiries.per-client}")
    int perClient;
    @Value("${bansou.inquiries.max-body-bytes}")
    int maxBodyBytes;
    @LocalServerPort
    int port;

    ResponseEntity<Map> post(String client, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", client);
        return http.postForEntity("/api/inquiries", new HttpEntity<>(json, headers), Map.class);
    }

    @Test
    void aClientThatSendsTooManyInquiriesIsToldToWait() {
        List<HttpStatus> answers = new ArrayList<>();
        for (int i = 0; i <= perClient; i++) {
            answers.add((HttpStatus) post("203.0.113.7", INQUIRY).getStatusCode());
        }

        assertThat(answers.subList(0, perClient)).containsOnly(HttpStatus.CREATED);
        ResponseEntity<Map> refused = post("203.0.113.7", INQUIRY);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat((String) refused.getBody().get("detail")).contains("Too many inquiries");
        assertThat(post("203.0.113.8", INQUIRY).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aBodySentWithoutALengthIsMeasuredAsItIsRead() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> small = client.send(chunked(INQUIRY), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> huge = client.send(chunked(INQUIRY.replace("\"m\"", "\"" + "x".repeat(maxBodyBytes) + "\"")),
                HttpResponse.BodyHandlers.ofString());

        assertThat(small.statusCode()).isEqualTo(201);
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    HttpRequest chunked(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inquiries"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.10")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }

    @Test
    void anOversizedInquiryIsRefusedBeforeItIsRead() {
        String huge = INQUIRY.replace("\"m\"", "\"" + "x".repeat(maxBodyBytes) + "\"");

        ResponseEntity<Map> response = post("203.0.113.9", huge);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat((String) response.getBody().get("detail")).contains("at most " + maxBodyBytes + " bytes");
    }
}
