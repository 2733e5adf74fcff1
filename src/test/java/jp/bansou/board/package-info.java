/** Tests of the board module: its processes, API and services. */
@NullMarked
package jp.bansou.board;

import org.jspecify.annotations.NullMarked;
