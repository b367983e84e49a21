package id.sigap.procedure;

/** R-F-4: why the handling TL hands a case to another TL. */
public enum HandoverReason {
  END_OF_SHIFT,
  BUSY,
  OTHER
}
