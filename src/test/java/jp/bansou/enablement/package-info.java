/** Tests of the enablement module: its processes, API and services. */
@NullMarked
package jp.bansou.enablement;

import org.jspecify.annotations.NullMarked;
