/** Tests of the consultation module: its processes, API and services. */
@NullMarked
package jp.bansou.consultation;

import org.jspecify.annotations.NullMarked;
