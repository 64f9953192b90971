/**
 * Public-records requests as values: the request with its dates, status and tolled periods, its correspondence and
 * its productions with their Bates ranges and claimed exemptions. Plain Java, no libraries. Every value is checked
 * when it is made and a refusal is an {@link org.redress.core.requests.InvalidRequestException} naming the field, so
 * a form or an API answer can point at what to fix; the statutory deadlines are computed in the analysis module.
 */
package org.redress.core.requests;
