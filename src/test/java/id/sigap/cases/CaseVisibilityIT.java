package id.sigap.cases;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class CaseVisibilityIT extends CaseVisibilityTest {}
