package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The vocabulary of the processes: every final class of constants named {@code *Process} under {@code jp.bansou}
 * holds the ids and variable names of one process. By convention its {@code PROCESS_ID} names the process; a constant whose name
 * starts with an element prefix ({@code TASK_}, {@code EVENT_}, {@code GATEWAY_}, {@code END_}, …) is the id of an
 * element of that process; {@code MESSAGE_} is the name of one of its messages (or the fixed start of a message
 * name that ends in an expression); a {@code Map} constant is keyed by element ids; every other constant is a
 * variable name and is not checked here.
 */
class BpmnIdConstantsTest {

    static final List<String> ELEMENT_PREFIXES = List.of("TASK_", "EVENT_", "GATEWAY_", "START_", "END_",
            "SUBPROCESS_", "CALL_ACTIVITY_", "FLOW_", "BOUNDARY_");
    static final String PROCESS_ID = "PROCESS_ID";
    static final String MESSAGE_PREFIX = "MESSAGE_";

    @Test
    void everyIdConstantNamesAnElementOfItsProcess() {
        Map<String, BpmnModelInstance> models = processModels();
        List<Class<?>> vocabularies = vocabularyClasses();

        List<String> problems = new ArrayList<>();
        vocabularies.forEach(vocabulary -> problems.addAll(problems(vocabulary, models)));

        assertThat(problems).isEmpty();
    }

    /** The scan finds the classes it is meant to check, so an empty scan cannot pass for a clean one. */
    @Test
    void theConventionFindsTheVocabularyOfEveryFeature() {
        assertThat(vocabularyClasses()).extracting(Class::getName).contains(
                "jp.bansou.engagement.EngagementProcess",
                "jp.bansou.engagement.ReassignCaseProcess",
                "jp.bansou.consultation.ConsultationProcess",
                "jp.bansou.channel.TriageProcess",
                "jp.bansou.channel.ContactProcess",
                "jp.bansou.contract.GiveNoticeProcess",
                "jp.bansou.hours.LogTimeProcess",
                "jp.bansou.hours.OverCapApprovalProcess",
                "jp.bansou.hours.ReversalProcess",
                "jp.bansou.hours.CaseFiguresProcess",
                "jp.bansou.enablement.EnablementProcess");
    }

    @Test
    void anIdThatNamesNoElementIsReported() {
        assertThat(problems(MisspelledProcess.class, processModels())).containsExactlyInAnyOrder(
                MisspelledProcess.class.getName() + ".TASK_REPLIED: no element 'Task_Replied' in consultation",
                MisspelledProcess.class.getName() + ".MESSAGE_NOTICE: no message 'NoticeReceived' in consultation",
                MisspelledProcess.class.getName() + ".STAGE_TASKS: no element 'Task_Nowhere' in consultation");
        assertThat(problems(NoProcessIdProcess.class, processModels()))
                .containsExactly(NoProcessIdProcess.class.getName() + ": no PROCESS_ID naming a process in processes/");
    }

    static List<String> problems(Class<?> vocabulary, Map<String, BpmnModelInstance> models) {
        Map<String, Object> constants = constants(vocabulary);
        BpmnModelInstance model = constants.get(PROCESS_ID) instanceof String id ? models.get(id) : null;
        if (model == null) {
            return List.of(vocabulary.getName() + ": no PROCESS_ID naming a process in processes/");
        }
        String processId = (String) constants.get(PROCESS_ID);
        List<String> problems = new ArrayList<>();
        constants.forEach((name, value) -> {
            String where = vocabulary.getName() + "." + name;
            if (value instanceof String id && ELEMENT_PREFIXES.stream().anyMatch(name::startsWith)
                    && !isFlowElement(model, id)) {
                problems.add(where + ": no element '" + id + "' in " + processId);
            } else if (value instanceof String messageName && name.startsWith(MESSAGE_PREFIX)
                    && !hasMessage(model, messageName)) {
                problems.add(where + ": no message '" + messageName + "' in " + processId);
            } else if (value instanceof Map<?, ?> byId) {
                byId.keySet().stream().filter(id -> !(id instanceof String element && isFlowElement(model, element)))
                        .forEach(id -> problems.add(where + ": no element '" + id + "' in " + processId));
            }
        });
        return problems;
    }

    static boolean isFlowElement(BpmnModelInstance model, String id) {
        ModelElementInstance element = model.getModelElementById(id);
        return element instanceof FlowElement;
    }

    static boolean hasMessage(BpmnModelInstance model, String name) {
        return model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .anyMatch(declared -> declared != null
                        && (declared.equals(name) || declared.startsWith(name) && declared.startsWith("${", name.length())));
    }

    static Map<String, Object> constants(Class<?> vocabulary) {
        Map<String, Object> constants = new HashMap<>();
        for (Field field : vocabulary.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                field.setAccessible(true);
                try {
                    constants.put(field.getName(), field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    static List<Class<?>> vocabularyClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("jp\\.bansou\\..*\\.[A-Za-z]+Process")));
        return scanner.findCandidateComponents("jp.bansou").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(BpmnIdConstantsTest::holdsConstantsOnly)
                .<Class<?>>map(type -> type)
                .toList();
    }

    /** A final class of constants only: other classes that end in "Process" (e.g. an OS process) are not vocabularies. */
    static boolean holdsConstantsOnly(Class<?> type) {
        return Modifier.isFinal(type.getModifiers()) && type.getInterfaces().length == 0
                && Arrays.stream(type.getDeclaredFields()).allMatch(field -> Modifier.isStatic(field.getModifiers()));
    }

    static Map<String, BpmnModelInstance> processModels() {
        Map<String, BpmnModelInstance> models = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    model.getModelElementsByType(Process.class).forEach(process -> models.put(process.getId(), model));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(models).as("processes/*.bpmn on the classpath").containsKeys("engagement", "consultation");
        return models;
    }

    static final class MisspelledProcess {
        static final String PROCESS_ID = "consultation";
        static final String TASK_REPLY = "Task_Reply";
        static final String TASK_REPLIED = "Task_Replied";
        static final String MESSAGE_NOTICE = "NoticeReceived";
        static final String CASE_NUMBER = "Task_NotAnId_ButAVariableName";
        static final Map<String, String> STAGE_TASKS = Map.of("Task_Reply", "ok", "Task_Nowhere", "not ok");

        private MisspelledProcess() {
        }
    }

    static final class NoProcessIdProcess {
        static final String TASK_REPLY = "Task_Reply";

        private NoProcessIdProcess() {
        }
    }
}
