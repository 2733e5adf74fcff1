/**
 * Test support shared by every module's tests: the engagement fixture, the test clock, the engine extension,
 * embedded PostgreSQL, a webapp session.
 */
@NullMarked
package jp.bansou.testing;

import org.jspecify.annotations.NullMarked;
