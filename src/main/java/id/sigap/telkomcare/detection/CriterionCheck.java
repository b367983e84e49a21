package id.sigap.telkomcare.detection;

/** One TelkomCare criterion; implementations are immutable and thread-safe. */
interface CriterionCheck {

  Criterion criterion();

  CriterionResult evaluate(AnalysedThread thread, DetectionPolicy policy);
}
