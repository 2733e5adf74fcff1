package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code case-contact.bpmn}: a contact added from Tasklist's start form, under the user's authorizations. */
@BansouTest
class ContactProcessTest {

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ContactDirectory contacts;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;

    String caseNumber;

    @BeforeEach
    void caseUnderContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
    }

    ProcessInstance startAs(String user, String group, Map<String, Object> values) {
        identity.setAuthentication(user, List.of(group));
        try {
            return forms.submitStartForm(repository.createProcessDefinitionQuery().processDefinitionKey(ContactProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId(), values);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void theCasesConsultantAddsAContact() {
        ProcessInstance started = startAs("consultant", "consultants",
                Map.of("caseNumber", caseNumber, "kind", "DOMAIN", "value", "Contact-" + caseNumber + ".example"));

        assertThat(started).isEnded().hasPassed(ContactProcess.TASK_ADD_CONTACT, ContactProcess.END_CONTACT_ADDED);
        Assertions.assertThat(started.getBusinessKey()).isEqualTo(caseNumber);
        Assertions.assertThat(contacts.contacts(caseNumber)).extracting(Contact::value)
                .contains(("contact-" + caseNumber + ".example").toLowerCase());
    }

    @Test
    void anotherConsultantOrAValueOnACaseIsRefused() {
        startAs("manager", "managers", Map.of("caseNumber", caseNumber, "kind", "EMAIL",
                "value", "taken-" + caseNumber + "@client.example"));

        assertThatThrownBy(() -> startAs("consultant2", "consultants", Map.of("caseNumber", caseNumber, "kind", "EMAIL",
                "value", "other-" + caseNumber + "@client.example")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not the consultant");
        assertThatThrownBy(() -> startAs("consultant", "consultants", Map.of("caseNumber", caseNumber, "kind", "EMAIL",
                "value", "taken-" + caseNumber + "@client.example")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a contact");
        Assertions.assertThat(contacts.contacts(caseNumber)).hasSize(2);
    }
}
