package id.sigap.procedure;

/**
 * R-C-5: a coordination a TL addressed to a related unit, as its answer needs it: whether it asks
 * the unit for a policy decision (R-IN-7), who asked, and whether the unit answered already.
 */
public record Coordination(
    String id, RelatedUnit unit, boolean policyDecision, String askedBy, boolean answered) {}
