/**
 * The managers' board and the case timeline (API and the Cockpit plugin 伴走支援 (Enablement cases)): read-only
 * views over the other modules' figures. Nothing depends on it.
 */
@ApplicationModule(displayName = "ボード (Board)")
@NullMarked
package jp.bansou.board;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
