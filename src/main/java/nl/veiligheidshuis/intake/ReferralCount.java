package nl.veiligheidshuis.intake;

import java.util.UUID;

/**
 * How many partner referrals and signals about one person the house received in a window (not counting
 * rejected ones), for the partner-signals factor of the selection score.
 *
 * @param organisations how many different partners referred or signalled
 */
public record ReferralCount(UUID personId, int referrals, int signals, int organisations) {
}
