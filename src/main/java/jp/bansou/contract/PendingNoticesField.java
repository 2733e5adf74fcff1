package jp.bansou.contract;

import java.util.List;
import java.util.stream.Collectors;

import jp.bansou.engagement.EngagementProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The read-only field 未処理の解約・見直しの申し出 (Pending notices) of the renewal decision forms: a task-local
 * variable filled when the task opens, and again whenever a notice is given or withdrawn while it is open.
 */
@Component
class PendingNoticesField {

    static final String VARIABLE = "pendingNotices";
    static final String NONE = "なし (None)";
    private static final String[] DECISION_TASKS = {
        EngagementProcess.TASK_TRIAL_REVIEW, EngagementProcess.TASK_RENEWAL_DECISION,
        EngagementProcess.TASK_MANAGER_RENEWAL_DECISION};

    private final ContractRepository contracts;
    private final Notices notices;
    private final TaskService tasks;

    PendingNoticesField(ContractRepository contracts, Notices notices, TaskService tasks) {
        this.contracts = contracts;
        this.notices = notices;
        this.tasks = tasks;
    }

    void show(DelegateTask task, String caseNumber) {
        task.setVariableLocal(VARIABLE, text(caseNumber));
    }

    void refresh(String caseNumber) {
        String text = text(caseNumber);
        tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKeyIn(DECISION_TASKS).list()
                .forEach(task -> tasks.setVariableLocal(task.getId(), VARIABLE, text));
    }

    private String text(String caseNumber) {
        List<Notice> pending = contracts.findContract(caseNumber)
                .map(contract -> notices.findByContractIdOrderByNoticeDateAscIdAsc(contract.id()))
                .orElse(List.of()).stream().filter(Notice::isPending).toList();
        return pending.isEmpty() ? NONE : pending.stream().map(Notice::describe).collect(Collectors.joining("\n"));
    }
}
