/**
 * TelkomCare hard-complaint detection (SPEC section 4, R-TC-1 and C-TC-1..5 of work instruction
 * IN.OCC.TELK.W-10 rev 02). Plain JDK: {@link id.sigap.telkomcare.detection.HardComplaintDetector}
 * takes a thread and a {@link id.sigap.telkomcare.detection.DetectionPolicy} and returns an {@link
 * id.sigap.telkomcare.detection.Assessment} with evidence for each criterion. Word lists live in
 * {@code src/main/resources/telkomcare/*.txt}; the seed watchlist in {@code watchlist-seed.json}.
 */
package id.sigap.telkomcare.detection;
