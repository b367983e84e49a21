package id.sigap.cases;

import id.sigap.support.ContractProxy;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same walk through the procedure, against the packaged application, each exchange checked
 * against the document by the validating proxy.
 */
@QuarkusIntegrationTest
@ExtendWith(ContractProxy.class)
class InboundProcedureWalkIT extends InboundProcedureWalkTest {}
