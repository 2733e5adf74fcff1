/** Tests of the engagement module: its processes, API and services. */
@NullMarked
package jp.bansou.engagement;

import org.jspecify.annotations.NullMarked;
