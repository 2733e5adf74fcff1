/**
 * Shared infrastructure every module may use: the deployment of processes and forms, server-side validation of
 * task forms ({@link jp.bansou.platform.FormValues}, {@link jp.bansou.platform.FormSubmissionValidator}), the
 * engine clock and business time, JDBC helpers, the engine's extra indexes, and the two exceptions the API turns into
 * 400 and 404. A leaf (no dependency allowed): it knows nothing of the business. A shared module for Spring Modulith,
 * so that a test of a single module bootstraps it too.
 */
@ApplicationModule(displayName = "基盤 (Platform)", allowedDependencies = {})
@NullMarked
package jp.bansou.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
