package org.redress.application.mentions;

/** What one screening did: documents screened (0 when nothing had changed) and hits that are new. */
public record ScreeningResult(int watched, long documentsScreened, long hitsNew) {}
