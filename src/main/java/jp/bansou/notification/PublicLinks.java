package jp.bansou.notification;

import java.net.URI;
import java.util.Optional;

import jp.bansou.security.Groups;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links in notifications, on the service's public base URL ({@code bansou.public-base-url}): a task opens in
 * Tasklist; a case opens, for a manager, its engagement process instance in Cockpit and, for a consultant (who
 * has no Cockpit), the case in the service's API.
 */
@Component
class PublicLinks {

    static final String ENGAGEMENT_PROCESS = "engagement";

    private final String base;
    private final HistoryService history;
    private final IdentityService identity;

    PublicLinks(@Value("${bansou.public-base-url:http://localhost:8080}") String base, HistoryService history,
            IdentityService identity) {
        URI uri = URI.create(base.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("bansou.public-base-url must be an absolute http(s) URL, not " + base);
        }
        this.base = base.strip().replaceAll("/+$", "");
        this.history = history;
        this.identity = identity;
    }

    public String task(String taskId) {
        return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    public String caseApi(String caseNumber) {
        return base + "/api/engagements/" + caseNumber;
    }

    /** The case's engagement in Cockpit, when it has one. */
    public Optional<String> caseInCockpit(String caseNumber) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ENGAGEMENT_PROCESS)
                .processInstanceBusinessKey(caseNumber).orderByProcessInstanceStartTime().desc().list().stream()
                .findFirst()
                .map(HistoricProcessInstance::getId)
                .map(id -> base + "/camunda/app/cockpit/default/#/process-instance/" + id + "/runtime");
    }

    /** The line a copy for {@code recipient} ends with. */
    String line(Notification.About about, String recipient) {
        if (about instanceof Notification.About.Task task) {
            return "タスクを開く (Open the task): " + task(task.taskId());
        }
        String caseNumber = ((Notification.About.Case) about).caseNumber();
        Optional<String> cockpit = Groups.isManager(identity, recipient) ? caseInCockpit(caseNumber) : Optional.empty();
        return "案件を開く (Open the case): " + cockpit.orElseGet(() -> caseApi(caseNumber));
    }
}
