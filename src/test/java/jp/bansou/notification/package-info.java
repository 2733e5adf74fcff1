/** Tests of the notification module: its processes, API and services. */
@NullMarked
package jp.bansou.notification;

import org.jspecify.annotations.NullMarked;
