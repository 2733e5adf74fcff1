/**
 * Shared infrastructure of every controller and of {@code /engine-rest}: RFC 9457 problem details for bad input
 * (naming the field), strict JSON input, the error page, the OpenAPI description. Depends only on platform
 * (enforced); a shared module for Spring Modulith. Its beans apply to all controllers by Spring MVC's advice
 * mechanism, so no module depends on it.
 */
@ApplicationModule(displayName = "Web API の共通処理 (Web)", allowedDependencies = {"platform"})
@NullMarked
package jp.bansou.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
