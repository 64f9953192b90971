/** A test-only package with its paragraph, which the package-info rule must accept. */
package org.redress.app.archfixture.documented;
