/** Tests of the security module: its processes, API and services. */
@NullMarked
package jp.bansou.security;

import org.jspecify.annotations.NullMarked;
