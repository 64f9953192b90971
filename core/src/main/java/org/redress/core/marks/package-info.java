/**
 * What the pages reveal besides the watch list, found by the standing marking stages: pattern entities, exemption
 * marks and animus flags ({@link org.redress.core.marks.Mark}), each at its page and offsets.
 */
package org.redress.core.marks;
