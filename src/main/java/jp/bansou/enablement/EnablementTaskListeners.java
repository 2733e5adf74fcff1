package jp.bansou.enablement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.AttendedMeeting;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.DialogueSession;
import jp.bansou.enablement.EnablementRecords.DocumentedRule;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.IssueMapEntry;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.ScheduledMeetingMinutes;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.SupportWeight;
import jp.bansou.enablement.EnablementRecords.ThemePriority;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The record tasks of every stage and the scheduled meeting hand what their forms collected to
 * {@link EnablementService}, then drop the values: each record task opens again, empty, for the next record.
 */
@Configuration(proxyBeanMethods = false)
class EnablementTaskListeners {

    static final String YES = "YES";

    /** 関係者ヒアリング (Stakeholder hearing). */
    @Bean
    TaskListener recordStakeholderHearing(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordHearing(form.caseNumber(), new StakeholderHearing(form.text("stakeholder"),
                    form.choice("stakeholderRole", StakeholderRole.class), form.date("heldOn"), form.text("notes")),
                    form.actor());
            form.discard("stakeholder", "stakeholderRole", "heldOn", "notes");
        };
    }

    /** 対話セッション (Dialogue session). */
    @Bean
    TaskListener recordDialogueSession(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordSession(form.caseNumber(), new DialogueSession(form.date("heldOn"),
                    form.text("participants"), form.text("notes")), form.actor());
            form.discard("heldOn", "participants", "notes");
        };
    }

    /** 詰まりの言語化 (Write down a blockage). */
    @Bean
    TaskListener recordBlockage(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordBlockage(form.caseNumber(), new Blockage(form.choice("area", SupportArea.class),
                    form.text("blockage")), form.actor());
            form.discard("area", "blockage");
        };
    }

    /** 論点マップ (Issue map). */
    @Bean
    TaskListener recordIssue(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordIssue(form.caseNumber(), new IssueMapEntry(form.choice("area", SupportArea.class),
                    form.text("issue"), form.text("rootCause")), form.actor());
            form.discard("area", "issue", "rootCause");
        };
    }

    /** 判断ポイントと選択肢 (Decision point and options): one option per line. */
    @Bean
    TaskListener recordDecisionPoint(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordDecisionPoint(form.caseNumber(), new DecisionPoint(form.text("question"),
                    form.text("decisionOwner"), Arrays.stream(form.text("options").split("\\R"))
                            .map(String::strip).filter(option -> !option.isEmpty()).toList()), form.actor());
            form.discard("question", "decisionOwner", "options");
        };
    }

    /** 最初のテーマと優先度の合意 (Agree the first theme and its priority). */
    @Bean
    TaskListener recordThemePriority(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordTheme(form.caseNumber(), new ThemePriority(form.text("theme"), form.number("priority"),
                    form.text("agreedWith"), form.date("agreedOn")), form.actor());
            form.discard("theme", "priority", "agreedWith", "agreedOn");
        };
    }

    /** アクションと担当・期日 (Action with owner and due date). */
    @Bean
    TaskListener recordAction(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordAction(form.caseNumber(), new ActionItem(form.text("action"), form.text("owner"),
                    form.date("dueOn")), form.actor());
            form.discard("action", "owner", "dueOn");
        };
    }

    /** 会議の記録 (Meeting and its decision), a client meeting attended in Buy-in. */
    @Bean
    TaskListener recordAttendedMeeting(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordAttendedMeeting(form.caseNumber(), stage(task), new AttendedMeeting(form.date("heldOn"),
                    form.text("title"), form.text("meetingNotes"), YES.equals(form.text("endedInDecision")),
                    form.optionalText("decision").orElse(null)), form.actor());
            form.discard("heldOn", "title", "meetingNotes", "endedInDecision", "decision");
        };
    }

    /** 判断基準・役割の文書化 (Decision criteria and roles documented). */
    @Bean
    TaskListener recordDocumentedRule(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordRule(form.caseNumber(), new DocumentedRule(form.choice("kind", RuleKind.class),
                    form.text("title"), form.text("summary"), form.text("keptAt")), form.actor());
            form.discard("kind", "title", "summary", "keptAt");
        };
    }

    /** レビューサイクル (Review cycle). */
    @Bean
    TaskListener recordReviewCycle(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordReview(form.caseNumber(), new ReviewCycle(form.date("heldOn"),
                    YES.equals(form.text("withoutConsultant")), form.text("notes")), form.actor());
            form.discard("heldOn", "withoutConsultant", "notes");
        };
    }

    /** 社内推進者 (Internal promoter). */
    @Bean
    TaskListener recordInternalPromoter(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            enablement.recordPromoter(form.caseNumber(), new InternalPromoter(form.text("promoterName"),
                    form.text("position"), form.date("namedOn")), form.actor());
            form.discard("promoterName", "position", "namedOn");
        };
    }

    /** 支援の重みの計画 (Planned support weight), for one month. */
    @Bean
    TaskListener recordSupportWeight(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            YearMonth month;
            try {
                month = YearMonth.parse(form.text("month"));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("month", "must be a month (YYYY-MM)");
            }
            enablement.recordSupportWeight(form.caseNumber(), new SupportWeight(month, form.number("plannedHours"),
                    form.optionalText("weightNote").orElse(null)), form.actor());
            form.discard("month", "plannedHours", "weightNote");
        };
    }

    /**
     * 定例ミーティング (Scheduled meeting): the day it was planned for is the day its task opened; the minutes spent
     * are kept with the meeting.
     */
    @Bean
    TaskListener recordScheduledMeeting(EnablementService enablement) {
        return task -> {
            FormValues form = FormValues.of(task);
            boolean held = YES.equals(form.text("meetingHeld"));
            LocalDate plannedOn = task.getCreateTime().toInstant().atZone(BusinessTime.ZONE).toLocalDate();
            enablement.recordScheduledMeeting(form.caseNumber(), stage(task), new ScheduledMeetingMinutes(plannedOn,
                    held,
                    held ? optionalDate(task, form, "heldOn").orElse(null) : null,
                    held ? form.optionalNumber("minutes").orElse(null) : null,
                    form.text("meetingNotes"),
                    held && YES.equals(form.optionalText("endedInDecision").orElse(null)),
                    form.optionalText("decision").orElse(null)), form.actor());
            form.discard("meetingHeld", "heldOn", "minutes", "meetingNotes", "endedInDecision", "decision");
        };
    }

    static Stage stage(DelegateTask task) {
        return Stage.valueOf((String) task.getVariable(EnablementProcess.STAGE));
    }

    static Optional<LocalDate> optionalDate(DelegateTask task, FormValues form, String key) {
        Object value = task.getVariable(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(form.date(key));
    }
}
