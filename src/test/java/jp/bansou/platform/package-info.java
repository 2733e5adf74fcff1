/** Tests of the platform module: its processes, API and services. */
@NullMarked
package jp.bansou.platform;

import org.jspecify.annotations.NullMarked;
