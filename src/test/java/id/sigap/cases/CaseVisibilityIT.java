package id.sigap.cases;

import id.sigap.support.ContractProxy;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same checks against the packaged application, each exchange checked against the document. */
@QuarkusIntegrationTest
@ExtendWith(ContractProxy.class)
class CaseVisibilityIT extends CaseVisibilityTest {}
