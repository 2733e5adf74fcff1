package jp.bansou.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import jp.bansou.notification.Notification;
import jp.bansou.notification.Notifier;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant about a reply coming due or overdue, and the managers about a late reply escalated to
 * them, through the service's notifier (mail or log), each with a link to the task to act on.
 */
@Component
class ConsultantNotifications {

    static final String TOPIC_REMINDER = "REPLY_REMINDER";
    static final String TOPIC_OVERDUE = "REPLY_OVERDUE";
    static final String TOPIC_ESCALATED = "REPLY_ESCALATED";
    private static final DateTimeFormatter TOKYO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BusinessTime.ZONE);

    private final Notifier notifier;
    private final TaskService tasks;
    private final String replyTaskQuery;

    ConsultantNotifications(Notifier notifier, TaskService tasks, ManagementService management) {
        this.notifier = notifier;
        this.tasks = tasks;
        this.replyTaskQuery = "SELECT * FROM " + management.getTableName(Task.class)
                + " WHERE PROC_INST_ID_ = #{processInstanceId} AND TASK_DEF_KEY_ = #{taskDefinitionKey}";
    }

    void replyComingDue(Consultation consultation, String consultant) {
        notifier.send(aboutReply(consultation, new Notification(TOPIC_REMINDER, Set.of(consultant), Set.of(),
                "返信期限が近づいています (Reply due soon): " + consultation.subject(),
                "相談 %s (%s, 「%s」) への返信期限は %s (東京) です。%nThe reply to consultation %s is due at %s Tokyo."
                        .formatted(consultation.businessKey(), consultation.sender(), consultation.subject(),
                                TOKYO.format(consultation.dueAt()), consultation.businessKey(),
                                TOKYO.format(consultation.dueAt())))));
    }

    void replyOverdue(Consultation consultation, String consultant) {
        notifier.send(aboutReply(consultation, new Notification(TOPIC_OVERDUE, Set.of(consultant), Set.of(),
                "返信期限を過ぎました (Reply overdue): " + consultation.subject(),
                ("相談 %s (%s, 「%s」) の返信期限 %s (東京) を過ぎました。マネージャーにエスカレーションされています。返信は引き続き必要です。"
                        + "%nThe reply to consultation %s was due at %s Tokyo; it has been escalated to the managers "
                        + "and is still owed.")
                        .formatted(consultation.businessKey(), consultation.sender(), consultation.subject(),
                                TOKYO.format(consultation.dueAt()), consultation.businessKey(),
                                TOKYO.format(consultation.dueAt())))));
    }

    /** 返信遅延エスカレーション (Late reply escalation) opened for the managers. */
    void replyEscalated(Consultation consultation, String escalationTaskId) {
        notifier.send(new Notification(TOPIC_ESCALATED, Set.of(), Set.of(Groups.MANAGERS),
                "返信遅延エスカレーション (Late reply escalated): " + consultation.subject(),
                ("相談 %s (%s, 「%s」) の返信期限 %s (東京) を過ぎました。対応を決めてください。"
                        + "%nThe reply to consultation %s was due at %s Tokyo and is late; decide what to do.")
                        .formatted(consultation.businessKey(), consultation.sender(), consultation.subject(),
                                TOKYO.format(consultation.dueAt()), consultation.businessKey(),
                                TOKYO.format(consultation.dueAt())))
                .aboutTask(escalationTaskId));
    }

    /**
     * Links the reply task, or the case if the task is gone (a reply recorded meanwhile through the API). Runs in
     * the job executor, where no user is authenticated: a native query, whose SQL is given, costs a fraction of a
     * {@code TaskQuery}, whose SQL MyBatis assembles from some hundred conditions at every call (a sixth of an
     * escalation's CPU time in the benchmark's profile).
     */
    private Notification aboutReply(Consultation consultation, Notification notification) {
        Task task = tasks.createNativeTaskQuery().sql(replyTaskQuery)
                .parameter("processInstanceId", consultation.processInstanceId())
                .parameter("taskDefinitionKey", ConsultationProcess.TASK_REPLY).singleResult();
        return task == null ? notification.aboutCase(consultation.caseNumber()) : notification.aboutTask(task.getId());
    }
}
