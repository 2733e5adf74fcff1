package jp.bansou.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} as one deployment under names that do not depend on how the
 * service runs. The starter's own auto-deployment names a resource by its absolute path when it is a file
 * ({@code spring-boot:run}, tests) and by its bare name inside a jar, so switching run modes against one
 * database would deploy new versions of unchanged processes. Forms get the configured limits of their fields
 * ({@link FormLimit} beans) written in first.
 */
@Component
@Order(1)
class ProcessDeployment extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "bansou";
    private static final String[] PATTERNS = {
            "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final ObjectProvider<FormLimit> limits;

    ProcessDeployment(ObjectProvider<FormLimit> limits) {
        this.limits = limits;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("bansou")
                .enableDuplicateFiltering(false);
        List<FormLimit> formLimits = limits.orderedStream().toList();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
                for (Resource resource : resolver.getResources(pattern)) {
                    String name = resource.getFilename();
                    try (InputStream in = resource.getInputStream()) {
                        byte[] content = FormLimits.apply(name, in.readAllBytes(), formLimits.stream()
                                .filter(limit -> folder.equals("forms/") && limit.form().equals(name)).toList());
                        deployment.addInputStream(folder + name, new ByteArrayInputStream(content));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the processes and forms to deploy", e);
        }
        Deployment deployed = deployment.deploy();
        log.info("Processes and forms: deployment {} of {} ({} resources; unchanged resources are not redeployed)",
                deployed.getId(), deployed.getDeploymentTime(), deployment.getResourceNames().size());
    }
}
