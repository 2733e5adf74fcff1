/** Tests of the web module: its processes, API and services. */
@NullMarked
package jp.bansou.web;

import org.jspecify.annotations.NullMarked;
