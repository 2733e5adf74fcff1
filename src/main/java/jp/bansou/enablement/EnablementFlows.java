package jp.bansou.enablement;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The one row per case of the enablement flow: the stage it is in, when it completed and ended. */
interface EnablementFlows extends Repository<Enablement, String> {

    Enablement save(Enablement flow);

    Optional<Enablement> findById(String caseNumber);

    /** Flows still running (their contract has not ended) in a stage. */
    long countByStageAndEndedAtIsNull(Stage stage);
}
