package jp.bansou.hours;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.CaseAccess;
import jp.bansou.security.UserNames;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code reverse-time-entry.bpmn}: Tasklist's 工数の取消 (Reverse a time entry), with the access and
 * the rules of {@code POST /api/engagements/{caseNumber}/time-entries/{id}/reversal}.
 */
@Configuration(proxyBeanMethods = false)
class ReversalProcessAdapters {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 案件と工数の確認: the starter works on the case, and this month has something to reverse. */
    @Bean
    JavaDelegate openTimeEntryReversal(HourLedger ledger, CaseAccess access, Clock clock) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text(ReversalProcess.CASE_NUMBER);
            access.requireEngineUserWorksOn(caseNumber, form.optionalText(ReversalProcess.INITIATOR).orElse(null));
            YearMonth month = thisMonth(clock);
            if (reversible(ledger, caseNumber, month).isEmpty()) {
                throw new InvalidInputException(ReversalProcess.CASE_NUMBER,
                        caseNumber + " has no entry in " + month + " that can be reversed");
            }
            execution.setProcessBusinessKey(caseNumber);
        };
    }

    /** The pick form's options, read when the task opens; local to the task, so they go with it. */
    @Bean
    TaskListener listReversibleEntries(HourLedger ledger, UserNames names, Clock clock) {
        return task -> {
            String caseNumber = (String) task.getVariable(ReversalProcess.CASE_NUMBER);
            List<TimeEntry> entries = reversible(ledger, caseNumber, thisMonth(clock));
            Map<String, String> consultants = names.shown(entries.stream().map(TimeEntry::consultant).toList());
            List<Map<String, String>> options = entries.stream()
                    .map(entry -> Map.of("value", String.valueOf(entry.id()),
                            "label", label(entry, consultants.get(entry.consultant()))))
                    .toList();
            task.setVariableLocal(ReversalProcess.ENTRY_OPTIONS, SpinValues.jsonValue(json(options)).create());
        };
    }

    /** 取り消す工数の選択: the reversal, refused (task left open) exactly when the API would refuse it. */
    @Bean
    TaskListener reversePickedEntry(HourLedger ledger, CaseAccess access) {
        return task -> {
            FormValues form = FormValues.of(task);
            String caseNumber = form.text(ReversalProcess.CASE_NUMBER);
            String user = form.actor();
            access.requireEngineUserWorksOn(caseNumber, user);
            long entryId = entryId(task.getVariable(ReversalProcess.ENTRY_ID));
            TimeEntry reversal;
            try {
                reversal = ledger.reverse(caseNumber, entryId, form.optionalText(ReversalProcess.NOTE).orElse(null),
                        user);
            } catch (NotFoundException e) {
                throw new InvalidInputException(ReversalProcess.ENTRY_ID, "there is no entry " + entryId + " in "
                        + caseNumber);
            } catch (InvalidInputException e) {
                // the API names the entry "id" (its path variable); the form names it entryId
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> "id".equals(p.field()) ? new FieldProblem(ReversalProcess.ENTRY_ID, p.message()) : p)
                        .toList());
            }
            form.discard(ReversalProcess.ENTRY_ID, ReversalProcess.NOTE);
            task.getExecution().setVariable(ReversalProcess.REVERSAL_ENTRY_ID, reversal.id());
        };
    }

    /** What the ledger would accept to reverse: neither a reversal nor reversed, nor awaiting a decision. */
    static List<TimeEntry> reversible(HourLedger ledger, String caseNumber, YearMonth month) {
        if (ledger.balance(caseNumber, month, 0, 1).closed()) {
            return List.of();
        }
        return ledger.entries(caseNumber, month).stream()
                .filter(entry -> !entry.isReversal() && !entry.isReversed()
                        && entry.status() != TimeEntryStatus.PENDING_APPROVAL)
                .toList();
    }

    static String label(TimeEntry entry, String consultant) {
        return "#" + entry.id() + " " + entry.workDate() + " " + entry.category().label() + " " + entry.minutes()
                + " 分 (min) " + consultant + (entry.note() == null ? "" : " · " + shorten(entry.note()));
    }

    private static String shorten(String note) {
        String line = note.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }

    private static long entryId(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(ReversalProcess.ENTRY_ID, "must be an entry's id");
            }
        }
        throw new InvalidInputException(ReversalProcess.ENTRY_ID, "is required");
    }

    private static YearMonth thisMonth(Clock clock) {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
