package jp.bansou.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A start creates the service's missing filters and rewrites one only when its definition changed. */
@BansouTest
class TasklistFiltersTest {

    static final List<String> SERVICE_FILTERS = List.of(TasklistFilters.MY_TASKS, TasklistFilters.REPLIES_COMING_DUE,
            TasklistFilters.OVERDUE_REPLIES, TasklistFilters.GROUP_TASKS, TasklistFilters.ALL_TASKS);

    @Autowired
    TasklistFilters setup;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filters;
    @Autowired
    TaskService tasks;

    Map<String, Filter> byName() {
        return filters.createFilterQuery().list().stream()
                .collect(Collectors.toMap(Filter::getName, Function.identity()));
    }

    static int revision(Filter filter) {
        return ((FilterEntity) filter).getRevision();
    }

    @Test
    void aRestartRewritesNothingAndLeavesTheUsersOwnFiltersAlone() {
        Filter own = filters.saveFilter(filters.newTaskFilter("自分用 (Mine)")
                .setQuery(tasks.createTaskQuery().taskName("x")).setProperties(Map.of("priority", 9)));
        Map<String, Filter> before = byName();
        assertThat(before).containsKeys(SERVICE_FILTERS.toArray(String[]::new));

        setup.postProcessEngineBuild(engine);

        Map<String, Filter> after = byName();
        assertThat(after).hasSameSizeAs(before);
        for (String name : SERVICE_FILTERS) {
            assertThat(after.get(name).getId()).as(name).isEqualTo(before.get(name).getId());
            assertThat(revision(after.get(name))).as(name + " not written").isEqualTo(revision(before.get(name)));
        }
        assertThat(revision(after.get(own.getName()))).isEqualTo(revision(own));
        filters.deleteFilter(own.getId());
    }

    @Test
    void aChangedDefinitionIsWrittenOverTheSameFilter() {
        Filter stored = filters.createFilterQuery().filterName(TasklistFilters.ALL_TASKS).singleResult();
        String wanted = ((FilterEntity) stored).getQueryInternal();
        Map<String, Object> oldProperties = new HashMap<>(stored.getProperties());
        oldProperties.put(TasklistFilters.DEFINITION, "an older definition");
        TaskQuery oldQuery = tasks.createTaskQuery().taskName("古い定義 (Old definition)");
        filters.saveFilter(stored.setQuery(oldQuery).setProperties(oldProperties));
        int oldRevision = revision(filters.getFilter(stored.getId()));

        setup.postProcessEngineBuild(engine);

        Filter rewritten = filters.createFilterQuery().filterName(TasklistFilters.ALL_TASKS).singleResult();
        assertThat(rewritten.getId()).isEqualTo(stored.getId());
        assertThat(revision(rewritten)).isGreaterThan(oldRevision);
        assertThat(((FilterEntity) rewritten).getQueryInternal()).isEqualTo(wanted);
        assertThat(rewritten.getProperties().get(TasklistFilters.DEFINITION)).isNotEqualTo("an older definition");
    }

    @Test
    void aMissingFilterIsCreated() {
        Filter stored = filters.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        filters.deleteFilter(stored.getId());

        setup.postProcessEngineBuild(engine);

        assertThat(filters.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).count()).isOne();
    }
}
