/** Tests of the whole service: the module structure, the service on PostgreSQL and on two nodes. */
@NullMarked
package jp.bansou;

import org.jspecify.annotations.NullMarked;
