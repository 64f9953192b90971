/**
 * The domain of Redress and its ports, in plain Java with no libraries: nothing here knows of files, databases or
 * HTTP, so every adapter and use case can depend on it and it depends on nothing. This package itself holds the one
 * line between a person's mistake and a bug: a {@link org.redress.core.UserMistake} (or
 * {@link org.redress.core.NotFound}) is shown as its message with exit code 1 or HTTP 4xx, anything else is answered
 * as an internal failure.
 */
package org.redress.core;
