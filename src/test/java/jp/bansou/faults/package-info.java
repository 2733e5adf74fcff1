/** Fault tests: the service killed, two nodes racing, the clustered jobs; run as *IT classes. */
@NullMarked
package jp.bansou.faults;

import org.jspecify.annotations.NullMarked;
