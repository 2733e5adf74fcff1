package jp.bansou.enablement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
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
import jp.bansou.platform.InvalidInputException.FieldProblem;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stage work task of every stage (ステージの作業記録 (Stage work)) and the scheduled meeting. The work task shows,
 * each time it opens, what is recorded so far and the exit criteria as they stand; each completion hands the one
 * record its form collected to {@link EnablementService} and drops the values, and the task opens again, empty, for
 * the next record. Choosing the review instead asks for the stage gate (once per visit of the stage).
 */
@Configuration(proxyBeanMethods = false)
class EnablementTaskListeners {

    static final String YES = "YES";

    /** The work task opens: its choice empty, the figures fresh. */
    @Bean
    TaskListener showStageWork(StageWork work) {
        return task -> {
            Stage stage = workStage(task);
            String caseNumber = (String) task.getVariable(EnablementProcess.CASE_NUMBER);
            task.removeVariable(EnablementProcess.WORK_ITEM);
            task.setVariablesLocal(work.shown(caseNumber, stage));
        };
    }

    /** The work task is completed: one record of the kind chosen, or the request for the stage-gate review. */
    @Bean
    TaskListener recordStageWork(EnablementService enablement, StageWork work) {
        return task -> {
            FormValues form = FormValues.of(task);
            Stage stage = workStage(task);
            String chosen = form.text(EnablementProcess.WORK_ITEM);
            WorkItem item = WorkItem.of(stage, chosen).orElseThrow(() -> new InvalidInputException(
                    EnablementProcess.WORK_ITEM, "must be one of " + choices(stage)));
            switch (item) {
                case STAKEHOLDER_HEARING -> recordHearing(enablement, form);
                case DIALOGUE_SESSION -> recordSession(enablement, form);
                case BLOCKAGE -> recordBlockage(enablement, form);
                case ISSUE -> recordIssue(enablement, form);
                case DECISION_POINT -> recordDecisionPoint(enablement, form);
                case THEME_PRIORITY -> recordThemePriority(enablement, form);
                case ACTION -> recordAction(enablement, form);
                case ATTENDED_MEETING -> recordAttendedMeeting(enablement, stage, form);
                case DOCUMENTED_RULE -> recordDocumentedRule(enablement, form);
                case REVIEW_CYCLE -> recordReviewCycle(enablement, form);
                case INTERNAL_PROMOTER -> recordInternalPromoter(enablement, form);
                case SUPPORT_WEIGHT -> recordSupportWeight(enablement, form);
                case REQUEST_GATE -> work.openGate(form.caseNumber()).ifPresent(open -> {
                    throw new InvalidInputException(EnablementProcess.WORK_ITEM, "the stage-gate review was "
                            + "already asked for in this stage: " + StageWork.gateStatus(open));
                });
            }
        };
    }

    private static List<String> choices(Stage stage) {
        List<String> choices = new ArrayList<>(WorkItem.recordsOf(stage).stream().map(Enum::name).toList());
        choices.add(WorkItem.REQUEST_GATE.name());
        return choices;
    }

    /** 関係者ヒアリング (Stakeholder hearing). */
    private static void recordHearing(EnablementService enablement, FormValues form) {
        enablement.recordHearing(form.caseNumber(), new StakeholderHearing(form.text("stakeholder"),
                form.choice("stakeholderRole", StakeholderRole.class), form.date("heldOn"), form.text("notes")),
                form.actor());
        form.discard("stakeholder", "stakeholderRole", "heldOn", "notes");
    }

    /** 対話セッション (Dialogue session): its fields are named apart from the hearing's on the same form. */
    private static void recordSession(EnablementService enablement, FormValues form) {
        try {
            enablement.recordSession(form.caseNumber(), new DialogueSession(form.date("sessionOn"),
                    form.text("participants"), form.text("sessionNotes")), form.actor());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> "heldOn".equals(p.field()) ? new FieldProblem("sessionOn", p.message()) : p).toList());
        }
        form.discard("sessionOn", "participants", "sessionNotes");
    }

    /** 詰まりの言語化 (Write down a blockage). */
    private static void recordBlockage(EnablementService enablement, FormValues form) {
        enablement.recordBlockage(form.caseNumber(), new Blockage(form.choice("area", SupportArea.class),
                form.text("blockage")), form.actor());
        form.discard("area", "blockage");
    }

    /** 論点マップ (Issue map). */
    private static void recordIssue(EnablementService enablement, FormValues form) {
        enablement.recordIssue(form.caseNumber(), new IssueMapEntry(form.choice("area", SupportArea.class),
                form.text("issue"), form.text("rootCause")), form.actor());
        form.discard("area", "issue", "rootCause");
    }

    /** 判断ポイントと選択肢 (Decision point and options): one option per line. */
    private static void recordDecisionPoint(EnablementService enablement, FormValues form) {
        enablement.recordDecisionPoint(form.caseNumber(), new DecisionPoint(form.text("question"),
                form.text("decisionOwner"), Arrays.stream(form.text("options").split("\\R"))
                        .map(String::strip).filter(option -> !option.isEmpty()).toList()), form.actor());
        form.discard("question", "decisionOwner", "options");
    }

    /** 最初のテーマと優先度の合意 (Agree the first theme and its priority). */
    private static void recordThemePriority(EnablementService enablement, FormValues form) {
        enablement.recordTheme(form.caseNumber(), new ThemePriority(form.text("theme"), form.number("priority"),
                form.text("agreedWith"), form.date("agreedOn")), form.actor());
        form.discard("theme", "priority", "agreedWith", "agreedOn");
    }

    /** アクションと担当・期日 (Action with owner and due date). */
    private static void recordAction(EnablementService enablement, FormValues form) {
        enablement.recordAction(form.caseNumber(), new ActionItem(form.text("action"), form.text("owner"),
                form.date("dueOn")), form.actor());
        form.discard("action", "owner", "dueOn");
    }

    /** 会議の記録 (Meeting and its decision), a client meeting attended in Buy-in. */
    private static void recordAttendedMeeting(EnablementService enablement, Stage stage, FormValues form) {
        enablement.recordAttendedMeeting(form.caseNumber(), stage, new AttendedMeeting(form.date("heldOn"),
                form.text("title"), form.text("meetingNotes"), YES.equals(form.text("endedInDecision")),
                form.optionalText("decision").orElse(null)), form.actor());
        form.discard("heldOn", "title", "meetingNotes", "endedInDecision", "decision");
    }

    /** 判断基準・役割の文書化 (Decision criteria and roles documented). */
    private static void recordDocumentedRule(EnablementService enablement, FormValues form) {
        enablement.recordRule(form.caseNumber(), new DocumentedRule(form.choice("kind", RuleKind.class),
                form.text("title"), form.text("summary"), form.text("keptAt")), form.actor());
        form.discard("kind", "title", "summary", "keptAt");
    }

    /** レビューサイクル (Review cycle). */
    private static void recordReviewCycle(EnablementService enablement, FormValues form) {
        enablement.recordReview(form.caseNumber(), new ReviewCycle(form.date("heldOn"),
                YES.equals(form.text("withoutConsultant")), form.text("notes")), form.actor());
        form.discard("heldOn", "withoutConsultant", "notes");
    }

    /** 社内推進者 (Internal promoter). */
    private static void recordInternalPromoter(EnablementService enablement, FormValues form) {
        enablement.recordPromoter(form.caseNumber(), new InternalPromoter(form.text("promoterName"),
                form.text("position"), form.date("namedOn")), form.actor());
        form.discard("promoterName", "position", "namedOn");
    }

    /** 支援の重みの計画 (Planned support weight), for one month. */
    private static void recordSupportWeight(EnablementService enablement, FormValues form) {
        YearMonth month;
        try {
            month = YearMonth.parse(form.text("month"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a month (YYYY-MM)");
        }
        enablement.recordSupportWeight(form.caseNumber(), new SupportWeight(month, form.number("plannedHours"),
                form.optionalText("weightNote").orElse(null)), form.actor());
        form.discard("month", "plannedHours", "weightNote");
    }

    /**
     * 定例ミーティング (Scheduled meeting): the day it was planned for is the day of its meeting time, the task's due
     * date; the minutes spent are kept with the meeting.
     */
    @Bean
    TaskListener recordScheduledMeeting(EnablementService enablement, StageWork work) {
        return task -> {
            FormValues form = FormValues.of(task);
            boolean held = YES.equals(form.text("meetingHeld"));
            Date plannedAt = task.getDueDate() != null ? task.getDueDate() : task.getCreateTime();
            LocalDate plannedOn = plannedAt.toInstant().atZone(BusinessTime.ZONE).toLocalDate();
            enablement.recordScheduledMeeting(form.caseNumber(), stage(task), new ScheduledMeetingMinutes(plannedOn,
                    held,
                    held ? optionalDate(task, form, "heldOn").orElse(null) : null,
                    held ? form.optionalNumber("minutes").orElse(null) : null,
                    form.text("meetingNotes"),
                    held && YES.equals(form.optionalText("endedInDecision").orElse(null)),
                    form.optionalText("decision").orElse(null)), form.actor());
            form.discard("meetingHeld", "heldOn", "minutes", "meetingNotes", "endedInDecision", "decision");
            work.refresh(form.caseNumber(), task.getProcessEngineServices().getTaskService());
        };
    }

    /** The stage whose work task this is. */
    private static Stage workStage(DelegateTask task) {
        return EnablementProcess.STAGE_WORK_TASKS.get(task.getTaskDefinitionKey());
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
