package id.sigap.cases;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same walk through the procedure, against the packaged application. */
@QuarkusIntegrationTest
class InboundProcedureWalkIT extends InboundProcedureWalkTest {}
