/** Tests of the contract module: its processes, API and services. */
@NullMarked
package jp.bansou.contract;

import org.jspecify.annotations.NullMarked;
