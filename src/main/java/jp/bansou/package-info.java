/**
 * bansou: one Spring Boot application whose direct sub-packages are its modules, verified by Spring Modulith
 * ({@code ModularityTest}) and drawn in {@code src/docs/modules}.
 */
@NullMarked
package jp.bansou;

import org.jspecify.annotations.NullMarked;
