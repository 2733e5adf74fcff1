package jp.bansou.bench.bare;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The benchmark's memory baseline ({@code bare_rss_mb}): a bare Camunda 7 Spring Boot starter application, the
 * webapps and the REST API with HTTP Basic and authorizations on, as Camunda documents them, and nothing of the
 * service. {@link BareApplicationBenchmark} starts it in a JVM of its own, on the test classpath without the
 * service's classes and on a database of its own, and deploys nothing but the benchmark's one-user-task process.
 * The libraries the service adds to the classpath stay off (their auto-configurations excluded). A
 * {@code @TestConfiguration}, so that the service's component scan in the tests passes it by.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration",
        "org.springframework.boot.autoconfigure.integration.IntegrationAutoConfiguration",
        "org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
        "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration"})
public class BareCamundaApplication {

    public static final String PROCESS = "benchBare";

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }

    /** HTTP Basic on the engine's REST API against the engine's identity service (Camunda's own filter). */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        filter.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        filter.addUrlPatterns("/engine-rest/*");
        return filter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deploy(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(RepositoryService.class).createDeployment().name("bench")
                .enableDuplicateFiltering(true).addModelInstance("bench-bare.bpmn", Bpmn.createExecutableProcess(PROCESS)
                        .startEvent().userTask("Task_Bare").endEvent().done()).deploy();
    }
}
