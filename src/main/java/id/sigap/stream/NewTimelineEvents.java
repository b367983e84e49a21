package id.sigap.stream;

/**
 * Fired on this replica when the tail has read new timeline events, up to and including {@code
 * latestId}, appended on any replica: a cue for other features that follow the timeline.
 */
public record NewTimelineEvents(long latestId) {}
