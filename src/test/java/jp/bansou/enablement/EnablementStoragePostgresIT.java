package jp.bansou.enablement;

import jp.bansou.testing.EmbeddedPostgresSupport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** {@link EnablementStorageChecks} on PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class EnablementStoragePostgresIT extends EmbeddedPostgresSupport implements EnablementStorageChecks {

    @Autowired
    ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
