package jp.bansou.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters as the service defines them: each sorted by due date and showing the case number and the
 * client on every task card. Consultants and managers share the general filters; 期限が近い返信 is the
 * consultants', 返信遅延 the managers'. At every start a missing one (by name) is created and one is rewritten
 * only when the service's definition of it changed (a fingerprint of its query and properties, kept in its
 * properties): ids stay, so do the users' own filters and favourites.
 */
@Component
class TasklistFilters extends AbstractProcessEnginePlugin {

    static final String MY_TASKS = "私のタスク (My tasks)";
    static final String REPLIES_COMING_DUE = "期限が近い返信 (Replies coming due)";
    static final String OVERDUE_REPLIES = "返信遅延 (Overdue replies)";
    static final String GROUP_TASKS = "グループのタスク (Group tasks)";
    static final String ALL_TASKS = "すべてのタスク (All tasks)";
    /** The property holding the fingerprint of the service's definition of a filter. */
    static final String DEFINITION = "bansouDefinition";

    /** Shown on each task card of every filter. */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", CaseVariables.CASE_NUMBER, "label", "案件番号 (Case)"),
            Map.of("name", CaseVariables.ORGANISATION, "label", "顧客 (Client)"));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        TaskService tasks = engine.getTaskService();
        List<String> everyone = List.of(Groups.CONSULTANTS, Groups.MANAGERS);
        save(engine, MY_TASKS, 1, "自分が担当のタスク (Tasks assigned to me)", everyone,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        save(engine, REPLIES_COMING_DUE, 2,
                "リマインド時刻を過ぎた、自分が担当の未返信の相談 (My unanswered consultations past their reminder time)",
                List.of(Groups.CONSULTANTS),
                tasks.createTaskQuery().taskDefinitionKey(ConsultationProcess.TASK_REPLY)
                        .taskAssigneeExpression("${currentUser()}").followUpBeforeExpression("${now()}"));
        save(engine, OVERDUE_REPLIES, 2, "返信期限を過ぎた未返信の相談 (Unanswered consultations past their reply due time)",
                List.of(Groups.MANAGERS),
                tasks.createTaskQuery().taskDefinitionKey(ConsultationProcess.TASK_REPLY)
                        .dueBeforeExpression("${now()}"));
        save(engine, GROUP_TASKS, 3, "自分のグループで未割り当てのタスク (Unassigned tasks of my groups)", everyone,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        save(engine, ALL_TASKS, 4, "見ることのできるすべてのタスク (Every task I may see)", everyone,
                tasks.createTaskQuery());
    }

    private static void save(ProcessEngine engine, String name, int priority, String description,
            List<String> readers, TaskQuery query) {
        FilterService filters = engine.getFilterService();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", CARD_VARIABLES);
        TaskQuery sorted = query.orderByDueDate().asc();
        properties.put(DEFINITION, fingerprint(filters.newTaskFilter(name).setQuery(sorted).setProperties(properties)));
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        } else if (properties.get(DEFINITION).equals(filter.getProperties().get(DEFINITION))) {
            grantReaders(engine, readers, filter);
            return;
        }
        filters.saveFilter(filter.setQuery(sorted).setProperties(properties));
        grantReaders(engine, readers, filter);
    }

    /** The service's definition of a filter as a SHA-256 of its query and properties, as the engine stores them. */
    static String fingerprint(Filter definition) {
        FilterEntity entity = (FilterEntity) definition;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((entity.getQueryInternal() + "\n"
                    + entity.getPropertiesInternal()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void grantReaders(ProcessEngine engine, List<String> readers, Filter filter) {
        for (String group : readers) {
            grantRead(engine.getAuthorizationService(), group, filter.getId());
        }
    }

    private static void grantRead(AuthorizationService authorizations, String group, String filterId) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
                .resourceId(filterId).count() > 0;
        if (!exists) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filterId);
            authorization.addPermission(Permissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }
}
