package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jp.bansou.platform.FormSchema.Field;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.EngineTestExtension;
import jp.bansou.testing.OwnEngine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form's limit that is a configuration value follows the configuration: with other figures than the shipped
 * ones, the deployed form (what Tasklist shows) and the server-side form validation both use them. Its own
 * context, engine name and in-memory database. Not closed early (no {@code @DirtiesContext}): closing a context with
 * the webapps clears their static runtime delegates, and Tasklist/Cockpit of every other cached context with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bansou-form-limits;DB_CLOSE_DELAY=-1",
        "bansou.enablement.max-meeting-minutes=600",
        "bansou.plans.ADVANCED.monthly-cap-hours=40"})
@ActiveProfiles({"demo", "test"})
@OwnEngine("formLimitsTest")
@Import(EngagementFixture.class)
@ExtendWith(EngineTestExtension.class)
class ConfiguredFormLimitsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Scheduler scheduler;

    @Test
    void itsEngineAndSchedulerAreItsOwn() throws SchedulerException {
        assertThat(engine.getName()).isEqualTo("formLimitsTest");
        assertThat(scheduler.getSchedulerName()).isEqualTo("formLimitsTest");
    }

    @Test
    void theScheduledMeetingFormTakesTheConfiguredMeetingMinutes() throws IOException {
        FormSchema form = deployed("enablement-scheduled-meeting.form");

        assertThat(field(form, "minutes").max()).isEqualTo(600);
        assertThat(problems(form, Map.of("meetingHeld", "YES", "minutes", 550L))).noneMatch(problem -> problem.startsWith("minutes"));
        assertThat(problems(form, Map.of("meetingHeld", "YES", "minutes", 601L))).anyMatch(problem -> problem.startsWith("minutes"));
    }

    @Test
    void thePlannedHoursTakeTheLargestConfiguredMonthlyCap() throws IOException {
        FormSchema form = deployed("enablement-self-propelled-work.form");

        assertThat(field(form, "plannedHours").max()).isEqualTo(40);
    }

    @Test
    void aFormWithoutConfiguredLimitsIsDeployedAsWritten() throws IOException {
        assertThat(field(deployed("log-time-entry.form"), "minutes").max()).isEqualTo(1440);
    }

    FormSchema deployed(String form) throws IOException {
        Deployment latest = repository.createDeploymentQuery().deploymentName("bansou").orderByDeploymentTime().desc()
                .listPage(0, 1).get(0);
        try (InputStream in = repository.getResourceAsStream(latest.getId(), "forms/" + form)) {
            return FormSchema.parse(in);
        }
    }

    static Field field(FormSchema form, String key) {
        return form.fields().stream().filter(field -> field.key().equals(key)).findFirst().orElseThrow();
    }

    static List<String> problems(FormSchema form, Map<String, Object> values) {
        return FormSubmissionValidator.validate(form, values::get).problems().stream()
                .map(InvalidInputException.FieldProblem::toString).toList();
    }
}
