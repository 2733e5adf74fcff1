package jp.bansou.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except that a variable's every write is not also kept as a row of {@code ACT_HI_DETAIL}: its
 * historic variable instance (latest value, creation, removal) is still written. The processes hold only ids and
 * the few values their gateways need, the business records are in the service's own tables, and nothing reads the
 * details (Cockpit's variable history is an Enterprise feature); the user operation log stays the audit trail of
 * who set what. Two of the 25 rows each escalation wrote before (README, Performance). The history level stays
 * {@code full}, the level the database records, so no database holding it needs a manual step.
 */
@Component
class HistoryWithoutVariableDetails extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.replaceDbHistoryEventHandler(configuration, new WithoutVariableDetails());
    }

    static final class WithoutVariableDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
