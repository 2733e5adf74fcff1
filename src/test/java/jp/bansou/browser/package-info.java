/** Browser tests of Tasklist and Cockpit with headless Chromium, and their helper. */
@NullMarked
package jp.bansou.browser;

import org.jspecify.annotations.NullMarked;
