/** Health, info and engine metrics for operators; who may see them. Nothing depends on it. */
@ApplicationModule(displayName = "運用 (Operations)")
@NullMarked
package jp.bansou.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
