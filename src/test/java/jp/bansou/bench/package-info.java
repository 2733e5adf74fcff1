/** A benchmark of the service's main paths (not part of the suite). */
@NullMarked
package jp.bansou.bench;

import org.jspecify.annotations.NullMarked;
