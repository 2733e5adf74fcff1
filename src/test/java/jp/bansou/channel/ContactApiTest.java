package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code /api/engagements/{caseNumber}/contacts}: who writes for a case and its chat rooms. */
@BansouTest
class ContactApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;

    String caseNumber;

    @BeforeEach
    void caseUnderContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
    }

    @Test
    void theInquirysEmailIsAContactFromTheStartAndTheConsultantAddsMore() {
        assertThat(add("consultant", caseNumber, "DOMAIN", "@Yamada-Works.example").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(add("manager", caseNumber, "SLACK_CHANNEL", "c0yamada01").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<List> listed = rest.withBasicAuth("consultant", "consultant")
                .getForEntity("/api/engagements/" + caseNumber + "/contacts", List.class);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).extracting(contact -> ((Map<?, ?>) contact).get("kind") + " "
                        + ((Map<?, ?>) contact).get("value") + " " + ((Map<?, ?>) contact).get("source"))
                .containsExactly("EMAIL taro@example.jp INQUIRY", "DOMAIN yamada-works.example ADDED",
                        "SLACK_CHANNEL C0YAMADA01 ADDED");
    }

    @Test
    void aValueOnAnotherCaseIs409() {
        String other = fixture.caseUnderContract(Plan.LIGHT);
        add("consultant", other, "CHATWORK_ROOM", "rid4242" + caseNumber.substring(7));

        ResponseEntity<Map> conflict = add("consultant", caseNumber, "CHATWORK_ROOM", "4242" + caseNumber.substring(7));

        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) conflict.getBody().get("detail")).contains(other);
    }

    @Test
    void badValuesAre400NamingTheFieldAndOthersMayNotAdd() {
        ResponseEntity<Map> kind = add("consultant", caseNumber, "FAX", "03-1234-5678");
        ResponseEntity<Map> email = add("consultant", caseNumber, "EMAIL", "not an address");

        assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(kind.getBody().toString()).contains("kind");
        assertThat(email.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(email.getBody().toString()).contains("value");
        assertThat(add("consultant2", caseNumber, "EMAIL", "x@client.example").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(add(null, caseNumber, "EMAIL", "x@client.example").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(add("manager", "C-2099-9999", "EMAIL", "x@client.example").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> add(String user, String caseNumber, String kind, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        return rest.exchange("/api/engagements/" + caseNumber + "/contacts", HttpMethod.POST,
                new HttpEntity<>(Map.of("kind", kind, "value", value), headers), Map.class);
    }
}
