package jp.bansou.channel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.bansou.BansouTest;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code channel-triage.bpmn}: a message without a case waits for a manager, who assigns it or sets it aside. */
@BansouTest
class TriageProcessTest {

    static final Instant MONDAY_10 = LocalDateTime.of(2026, 12, 7, 10, 0).atZone(BusinessTime.ZONE).toInstant();

    @Autowired
    Inbox inbox;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String caseNumber;
    long messageId;
    ProcessInstance triage;

    @BeforeEach
    void anUnknownSendersMessage() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        String key = "email:" + UUID.randomUUID() + "@nowhere.example";
        Assertions.assertThat(inbox.accept(new InboundMessage("EMAIL", key, key.substring(6), List.of(),
                Optional.empty(), List.of(new Contact.Key(ContactKind.EMAIL, "who@nowhere.example")),
                "who@nowhere.example", Optional.empty(), "ご相談 (A question)", "本文", null, MONDAY_10, false)))
                .isEqualTo(MessageOutcome.TRIAGE);
        messageId = inbox.stored(key).orElseThrow().id();
        triage = runtime.createProcessInstanceQuery().processInstanceBusinessKey("message/" + messageId).singleResult();
    }

    Task triageTask() {
        return tasks.createTaskQuery().processInstanceId(triage.getId()).singleResult();
    }

    @Test
    void aManagerAssignsItToACase() {
        assertThat(triage).isWaitingAt(TriageProcess.TASK_TRIAGE);
        Assertions.assertThat(tasks.createTaskQuery().taskId(triageTask().getId()).taskCandidateGroup("managers").count())
                .isOne();

        tasks.claim(triageTask().getId(), "manager");
        tasks.complete(triageTask().getId(), Map.of("decision", "ASSIGN", "caseNumber", caseNumber));

        assertThat(triage).isEnded().hasPassed(TriageProcess.END_TRIAGED);
        Assertions.assertThat(consultations.consultations(caseNumber)).singleElement()
                .satisfies(c -> Assertions.assertThat(c.receivedAt()).isEqualTo(MONDAY_10));
        Assertions.assertThat(inbox.stored(messageId).orElseThrow()).satisfies(m -> {
            Assertions.assertThat(m.outcome()).isEqualTo(MessageOutcome.CONSULTATION);
            Assertions.assertThat(m.triagedBy()).isEqualTo("manager");
        });
    }

    @Test
    void aManagerMarksItNotAConsultation() {
        tasks.claim(triageTask().getId(), "manager");
        tasks.complete(triageTask().getId(), Map.of("decision", "NOT_CONSULTATION"));

        assertThat(triage).isEnded().hasPassed(TriageProcess.END_TRIAGED);
        Assertions.assertThat(inbox.stored(messageId).orElseThrow().outcome()).isEqualTo(MessageOutcome.NOT_CONSULTATION);
        Assertions.assertThat(consultations.consultations(caseNumber)).isEmpty();
    }

    @Test
    void aSenderWhoIsAContactOfSeveralCasesGoesToTriageToo() {
        fixture.inquiry(); // a second case from the same contact e-mail
        String key = "email:" + UUID.randomUUID() + "@example.jp";

        MessageOutcome outcome = inbox.accept(new InboundMessage("EMAIL", key, key.substring(6), List.of(),
                Optional.empty(), List.of(new Contact.Key(ContactKind.EMAIL, "taro@example.jp"),
                        new Contact.Key(ContactKind.DOMAIN, "example.jp")),
                "taro@example.jp", Optional.empty(), "質問", "本文", null, MONDAY_10, false));

        Assertions.assertThat(outcome).isEqualTo(MessageOutcome.TRIAGE);
        Assertions.assertThat(inbox.stored(key).orElseThrow().note()).contains("several cases match")
                .contains(caseNumber);
    }

    @Test
    void anUnknownCaseIsRefusedAndTheTaskStaysOpen() {
        tasks.claim(triageTask().getId(), "manager");

        assertThatThrownBy(() -> tasks.complete(triageTask().getId(),
                Map.of("decision", "ASSIGN", "caseNumber", "C-2099-0001")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("caseNumber");
        assertThatThrownBy(() -> tasks.complete(triageTask().getId(), Map.of("decision", "ASSIGN")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("caseNumber");
        assertThatThrownBy(() -> tasks.complete(triageTask().getId(), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> tasks.complete(triageTask().getId(),
                Map.of("decision", "ASSIGN", "caseNumber", "not a case number")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("caseNumber");

        assertThat(triage).isWaitingAt(TriageProcess.TASK_TRIAGE);
        Assertions.assertThat(inbox.stored(messageId).orElseThrow().outcome()).isEqualTo(MessageOutcome.TRIAGE);
    }
}
