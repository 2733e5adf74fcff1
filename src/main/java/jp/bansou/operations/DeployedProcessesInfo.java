package jp.bansou.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} lists the deployed process versions. */
@Component
class DeployedProcessesInfo implements InfoContributor {

    private final RepositoryService repository;

    DeployedProcessesInfo(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void contribute(Info.Builder info) {
        Map<String, Object> processes = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", definition.getName());
            details.put("version", definition.getVersion());
            details.put("versionTag", definition.getVersionTag());
            details.put("deploymentId", definition.getDeploymentId());
            processes.put(definition.getKey(), details);
        }
        info.withDetail("processes", processes);
    }
}
