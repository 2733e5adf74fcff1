/** Tests of the channel module: its processes, API and services. */
@NullMarked
package jp.bansou.channel;

import org.jspecify.annotations.NullMarked;
