/**
 * Who may do what: Spring Security backed by Camunda's identity service, the groups
 * ({@link jp.bansou.security.Groups}) and their rights in the engine, the public inquiry's protection, the demo users
 * and the production profile's refusals. Every module may ask {@link jp.bansou.security.CaseAccess} whether the
 * current user may work on a case; the case's consultant comes from {@link jp.bansou.security.CaseConsultants}, which
 * the engagement module implements, so that security depends on no feature module (only platform, enforced).
 */
@ApplicationModule(displayName = "セキュリティ (Security)", allowedDependencies = {"platform"})
@NullMarked
package jp.bansou.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
