/**
 * The originals of an embedded case as files named by their SHA-256. An original is written once, through a
 * temporary file renamed into place, and never modified, because everything else in the case is derived from it and
 * can be rebuilt; a crash never leaves a half-written file under a real name.
 */
package org.redress.store.blob;
