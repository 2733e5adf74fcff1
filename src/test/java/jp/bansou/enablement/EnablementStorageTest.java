package jp.bansou.enablement;

import jp.bansou.BansouTest;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** {@link EnablementStorageChecks} on H2. */
@BansouTest
@ExtendWith(OutputCaptureExtension.class)
class EnablementStorageTest implements EnablementStorageChecks {

    @Autowired
    ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
