/**
 * The case as a whole for the API (engagement, contract, notices, proposals) and the case metrics. Nothing depends
 * on it.
 */
@ApplicationModule(displayName = "ケースファイル (Case file)")
@NullMarked
package jp.bansou.casefile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
