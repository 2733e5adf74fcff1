/** Tests of the webapps' Japanese locales against the ones Camunda ships. */
@NullMarked
package jp.bansou.webapps;

import org.jspecify.annotations.NullMarked;
