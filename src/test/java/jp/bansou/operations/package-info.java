/** Tests of the operations module: its processes, API and services. */
@NullMarked
package jp.bansou.operations;

import org.jspecify.annotations.NullMarked;
