package id.sigap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.sigap.policy.PolicyConfig;
import id.sigap.support.MappedConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests in {@code k8s/} against the app they deploy. Each overlay is rendered by a small
 * equivalent of kustomize (resources, strategic-merge patches by kind and name, replicas, images,
 * namespace: the features the overlays use, and it refuses any other), then checked: ports, probe
 * paths, configuration keys, replicas, secrets, the database.
 */
class KubernetesManifestsTest {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Path K8S = Path.of("k8s");
  static final Set<String> SUPPORTED =
      Set.of(
          "apiVersion",
          "kind",
          "resources",
          "components",
          "patches",
          "replicas",
          "images",
          "namespace");
  static final Map<String, Integer> REPLICAS = Map.of("staging", 1, "production", 3);
  static final Map<String, Integer> DATABASE_INSTANCES = Map.of("staging", 1, "production", 3);

  // --- the checks ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void theServerListensWhereTheServiceAndTheProbesLook(String overlay) throws Exception {
    Rendered k8s = render(overlay);
    int httpPort = Integer.parseInt(appProperties().getProperty("quarkus.http.port", "8080"));
    ObjectNode container = k8s.container();
    assertThat(portOf(container, "http")).isEqualTo(httpPort);

    JsonNode service = k8s.get("Service", "sigap");
    JsonNode servicePort = service.path("spec").path("ports").get(0);
    assertThat(resolve(container, servicePort.path("targetPort"))).isEqualTo(httpPort);
    assertThat(service.path("spec").path("selector"))
        .isEqualTo(k8s.deployment().path("spec").path("selector").path("matchLabels"));

    JsonNode backend =
        k8s.get("Ingress", "sigap")
            .path("spec")
            .path("rules")
            .get(0)
            .path("http")
            .path("paths")
            .get(0)
            .path("backend")
            .path("service");
    assertThat(backend.path("name").asText()).isEqualTo("sigap");
    assertThat(backend.path("port").path("name").asText())
        .isEqualTo(servicePort.path("name").asText());

    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      assertThat(resolve(container, container.path(probe).path("httpGet").path("port")))
          .as(probe)
          .isEqualTo(httpPort);
    }
    assertThat(
            k8s.deployment()
                .path("spec")
                .path("template")
                .path("metadata")
                .path("annotations")
                .path("prometheus.io/port")
                .asText())
        .isEqualTo(Integer.toString(httpPort));
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void theProbesAskTheHealthEndpointsTheAppServes(String overlay) throws Exception {
    ObjectNode container = render(overlay).container();
    Properties app = appProperties();
    String health =
        "/"
            + app.getProperty("quarkus.http.non-application-root-path", "q")
            + "/"
            + app.getProperty("quarkus.smallrye-health.root-path", "health");
    assertThat(probePath(container, "startupProbe"))
        .isEqualTo(
            health + "/" + app.getProperty("quarkus.smallrye-health.startup-path", "started"));
    assertThat(probePath(container, "readinessProbe"))
        .isEqualTo(
            health + "/" + app.getProperty("quarkus.smallrye-health.readiness-path", "ready"));
    assertThat(probePath(container, "livenessProbe"))
        .isEqualTo(health + "/" + app.getProperty("quarkus.smallrye-health.liveness-path", "live"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void everyConfigMapKeyIsAConfigurationKeyOfTheApp(String overlay) throws Exception {
    JsonNode data = render(overlay).get("ConfigMap", "sigap-config").path("data");
    Set<String> known = knownKeysAsEnvironment();
    List<String> unknown = new ArrayList<>();
    data.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                unknown.add(key);
              }
            });
    assertThat(unknown).as("keys the app does not read").isEmpty();
    assertThat(data.path("SIGAP_ZONE").asText()).isEqualTo("Asia/Jakarta");
    assertThat(data.path("SIGAP_DEMO_SEED").asText()).isEqualTo("false");
    // text lines for a terminal by default; JSON for the cluster's log collector
    assertThat(appProperties().getProperty("quarkus.log.console.json.enabled")).isEqualTo("false");
    assertThat(data.path("QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText()).isEqualTo("true");
    for (Method m : PolicyConfig.class.getDeclaredMethods()) {
      String key = environmentForm("sigap.policy." + kebab(m.getName()));
      assertThat(data.has(key)).as("policy key %s", key).isTrue();
      if (m.getReturnType() == Duration.class) {
        assertThat(Duration.parse(data.path(key).asText())).as(key).isPositive();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native-micro"})
  void theImagesLogJson(String dockerfile) throws Exception {
    assertThat(Files.readString(Path.of("src/main/docker", dockerfile)))
        .containsPattern("(?m)^ENV [^\\n]*(\\\\\\n[^\\n]*)*QUARKUS_LOG_CONSOLE_JSON_ENABLED=true");
  }

  /** The benchmarks measure the JVM with the image's settings (bench/lib.sh). */
  @org.junit.jupiter.api.Test
  void theBenchmarksRunTheJvmAsTheImageDoes() throws Exception {
    Matcher image =
        Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]*)\"")
            .matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
    Matcher bench =
        Pattern.compile("(?m)^SIGAP_IMAGE_JAVA_OPTS=\"([^\"]*)\"")
            .matcher(Files.readString(Path.of("bench/lib.sh")));
    assertThat(image.find()).isTrue();
    assertThat(bench.find()).isTrue();
    List<String> imageFlags =
        Stream.of(image.group(1).split(" ")).filter(f -> f.startsWith("-X")).toList();
    assertThat(List.of(bench.group(1).split(" "))).containsExactlyInAnyOrderElementsOf(imageFlags);
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void theServerTakesItsConfigurationAndSecretsFromTheCluster(String overlay) throws Exception {
    Rendered k8s = render(overlay);
    ObjectNode container = k8s.container();
    assertThat(container.path("envFrom").get(0).path("configMapRef").path("name").asText())
        .isEqualTo("sigap-config");
    Map<String, JsonNode> env = new java.util.HashMap<>();
    container.path("env").forEach(e -> env.put(e.path("name").asText(), e));

    String clusterName = k8s.get("Cluster", "sigap-db").path("metadata").path("name").asText();
    for (String name :
        List.of(
            "QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD")) {
      JsonNode ref = env.get(name).path("valueFrom").path("secretKeyRef");
      assertThat(ref.path("name").asText()).as(name).isEqualTo(clusterName + "-app");
    }
    assertThat(
            env.get("QUARKUS_DATASOURCE_REACTIVE_URL")
                .path("valueFrom")
                .path("secretKeyRef")
                .path("key")
                .asText())
        .isEqualTo("uri");

    String mount =
        stream(container.path("volumeMounts"))
            .filter(m -> m.path("name").asText().equals("token-keys"))
            .findFirst()
            .orElseThrow()
            .path("mountPath")
            .asText();
    assertThat(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").path("value").asText())
        .startsWith("file:" + mount + "/");
    assertThat(env.get("SMALLRYE_JWT_SIGN_KEY_LOCATION").path("value").asText())
        .startsWith("file:" + mount + "/");
    JsonNode keysVolume =
        stream(k8s.deployment().path("spec").path("template").path("spec").path("volumes"))
            .filter(v -> v.path("name").asText().equals("token-keys"))
            .findFirst()
            .orElseThrow();
    assertThat(keysVolume.path("secret").path("secretName").asText()).isNotBlank();

    // referenced, never defined here: the operator and the operators of the cluster create them
    assertThat(k8s.objects()).noneMatch(o -> o.path("kind").asText().equals("Secret"));
  }

  @org.junit.jupiter.api.Test
  void noSecretWithDataIsCommitted() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(K8S)) {
      files = walk.filter(f -> f.toString().matches(".*\\.ya?ml$")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      for (JsonNode doc : readAll(file)) {
        if ("Secret".equals(doc.path("kind").asText())) {
          assertThat(doc.path("data").size() + doc.path("stringData").size())
              .as("secret data in %s", file)
              .isZero();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void eachOverlayRunsItsReplicasOnACloudNativePgCluster(String overlay) throws Exception {
    Rendered k8s = render(overlay);
    boolean autoscaled =
        k8s.objects().stream().anyMatch(o -> kindOf(o).equals("HorizontalPodAutoscaler"));
    if (autoscaled) {
      // the HPA alone sets the count: one pinned beside it would be put back at every apply
      assertThat(k8s.deployment().path("spec").has("replicas")).isFalse();
      assertThat(
              k8s.get("HorizontalPodAutoscaler", "sigap").path("spec").path("minReplicas").asInt())
          .isEqualTo(REPLICAS.get(overlay));
    } else {
      assertThat(k8s.deployment().path("spec").path("replicas").asInt())
          .isEqualTo(REPLICAS.get(overlay));
    }
    JsonNode cluster = k8s.get("Cluster", "sigap-db");
    assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
    assertThat(cluster.path("spec").path("instances").asInt())
        .isEqualTo(DATABASE_INSTANCES.get(overlay));
    assertThat(k8s.container().path("image").asText()).contains("/").contains(":");
    assertThat(k8s.objects())
        .allMatch(o -> !o.path("metadata").path("namespace").asText().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void productionSurvivesLosingANodeAndScales() throws Exception {
    Rendered k8s = render("production");
    JsonNode template = k8s.deployment().path("spec").path("template");
    JsonNode labels = template.path("metadata").path("labels");

    JsonNode hpa = k8s.get("HorizontalPodAutoscaler", "sigap");
    assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo("sigap");
    assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(REPLICAS.get("production"));
    assertThat(hpa.path("spec").path("maxReplicas").asInt())
        .isGreaterThan(hpa.path("spec").path("minReplicas").asInt());

    JsonNode pdb = k8s.get("PodDisruptionBudget", "sigap");
    assertThat(pdb.path("spec").path("minAvailable").asInt()).isEqualTo(2);
    assertSelects(pdb.path("spec").path("selector").path("matchLabels"), labels);

    JsonNode spread =
        stream(template.path("spec").path("topologySpreadConstraints"))
            .filter(c -> c.path("topologyKey").asText().equals("kubernetes.io/hostname"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no spread across nodes"));
    assertThat(spread.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
    assertSelects(spread.path("labelSelector").path("matchLabels"), labels);

    Rendered staging = render("staging");
    assertThat(staging.objects())
        .noneMatch(o -> o.path("kind").asText().equals("HorizontalPodAutoscaler"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void aStoppingPodHasTimeToLetItsStreamsGo(String overlay) throws Exception {
    Rendered k8s = render(overlay);
    JsonNode pod = k8s.deployment().path("spec").path("template").path("spec");
    long preStop =
        k8s.container().path("lifecycle").path("preStop").path("sleep").path("seconds").asLong();
    Duration shutdown =
        Duration.parse(
            "PT"
                + appProperties().getProperty("quarkus.shutdown.timeout").toUpperCase(Locale.ROOT));
    assertThat(preStop).isPositive();
    assertThat(pod.path("terminationGracePeriodSeconds").asLong())
        .isGreaterThan(preStop + shutdown.toSeconds());

    JsonNode annotations = k8s.get("Ingress", "sigap").path("metadata").path("annotations");
    assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-read-timeout").asText())
        .isEqualTo("3600");
    assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-send-timeout").asText())
        .isEqualTo("3600");
  }

  /** A value the app would cap with a warning is a value the manifest does not mean. */
  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void theConfigMapSetsNothingTheAppCaps(String overlay) throws Exception {
    JsonNode data = render(overlay).get("ConfigMap", "sigap-config").path("data");
    if (data.has("SIGAP_TOKEN_LIFETIME")) {
      assertThat(Duration.parse(data.path("SIGAP_TOKEN_LIFETIME").asText()))
          .isLessThanOrEqualTo(id.sigap.security.TokenIssuer.MAX_LIFETIME);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void memoryIsRequestedAndLimitedAsMeasured(String overlay) throws Exception {
    JsonNode resources = render(overlay).container().path("resources");
    long request = mebibytes(resources.path("requests").path("memory").asText());
    long limit = mebibytes(resources.path("limits").path("memory").asText());
    assertThat(limit).isGreaterThan(request);
    // the figures stated with their measurement in docs/operations.md
    String operations = Files.readString(Path.of("docs", "operations.md"));
    assertThat(operations)
        .contains("request of " + request + "Mi")
        .contains("limit of " + limit + "Mi");
  }

  static long mebibytes(String quantity) {
    assertThat(quantity).endsWith("Mi");
    return Long.parseLong(quantity.substring(0, quantity.length() - 2));
  }

  @org.junit.jupiter.api.Test
  void productionIsScrapedAndAlertsOnWhatOperationsDescribes() throws Exception {
    Rendered k8s = render("production");
    JsonNode template = k8s.deployment().path("spec").path("template");
    JsonNode monitor = k8s.get("PodMonitor", "sigap");
    assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
    assertSelects(
        monitor.path("spec").path("selector").path("matchLabels"),
        template.path("metadata").path("labels"));
    JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").get(0);
    assertThat(endpoint.path("path").asText())
        .isEqualTo(
            template.path("metadata").path("annotations").path("prometheus.io/path").asText());
    assertThat(stream(k8s.container().path("ports")).map(p -> p.path("name").asText()))
        .contains(endpoint.path("port").asText());

    String operations = Files.readString(Path.of("docs", "operations.md"));
    List<String> alerts = new ArrayList<>();
    for (JsonNode group : k8s.get("PrometheusRule", "sigap").path("spec").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        alerts.add(rule.path("alert").asText());
        java.util.regex.Matcher metric =
            java.util.regex.Pattern.compile("sigap_[a-z_]+").matcher(rule.path("expr").asText());
        while (metric.find()) {
          // every metric an alert reads is one the app exports and operations.md explains
          assertThat(operations).contains("`" + metric.group().replaceAll("_total$", "_total"));
        }
        assertThat(operations)
            .as("alert %s explained", rule.path("alert"))
            .contains(rule.path("alert").asText());
      }
    }
    assertThat(alerts).contains("SigapDutiesOverdue");
  }

  @org.junit.jupiter.api.Test
  void productionArchivesItsWalAndBacksUpEveryNight() throws Exception {
    Rendered k8s = render("production");
    JsonNode cluster = k8s.get("Cluster", "sigap-db");
    JsonNode store = k8s.get("ObjectStore", "sigap-backups");
    assertThat(store.path("apiVersion").asText()).isEqualTo("barmancloud.cnpg.io/v1");
    assertThat(store.path("spec").path("configuration").path("destinationPath").asText())
        .startsWith("s3://");
    assertThat(store.path("spec").path("retentionPolicy").asText()).matches("\\d+[dwm]");
    JsonNode plugin =
        stream(cluster.path("spec").path("plugins"))
            .filter(p -> p.path("name").asText().equals("barman-cloud.cloudnative-pg.io"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Barman Cloud plugin on the cluster"));
    assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
    assertThat(plugin.path("parameters").path("barmanObjectName").asText())
        .isEqualTo(nameOf(store));
    JsonNode backup = k8s.get("ScheduledBackup", "sigap-db-nightly");
    assertThat(backup.path("spec").path("cluster").path("name").asText())
        .isEqualTo(nameOf(cluster));
    assertThat(backup.path("spec").path("method").asText()).isEqualTo("plugin");
    assertThat(backup.path("spec").path("pluginConfiguration").path("name").asText())
        .isEqualTo("barman-cloud.cloudnative-pg.io");
    // CloudNativePG's schedule has six fields, seconds first
    assertThat(backup.path("spec").path("schedule").asText().split(" ")).hasSize(6);
    // a lost primary loses no acknowledged write (docs/operations.md, "Failover")
    JsonNode synchronous = cluster.path("spec").path("postgresql").path("synchronous");
    assertThat(synchronous.path("number").asInt()).isPositive();
    assertThat(synchronous.path("dataDurability").asText()).isEqualTo("required");
    assertThat(k8s.objects())
        .allMatch(o -> !o.path("metadata").path("namespace").asText().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void theGatewayRouteReachesTheServiceAsTheIngressDoes() throws Exception {
    Rendered k8s = withComponent(render("production"), "gateway-api");
    JsonNode route = k8s.get("HTTPRoute", "sigap");
    assertThat(route.path("apiVersion").asText()).isEqualTo("gateway.networking.k8s.io/v1");
    JsonNode service = k8s.get("Service", "sigap");
    JsonNode rule = route.path("spec").path("rules").get(0);
    JsonNode backend = rule.path("backendRefs").get(0);
    assertThat(backend.path("name").asText()).isEqualTo(nameOf(service));
    assertThat(backend.path("port").asInt())
        .isEqualTo(service.path("spec").path("ports").get(0).path("port").asInt());
    // an open stream is not cut by a request timeout
    assertThat(rule.path("timeouts").path("request").asText()).isEqualTo("0s");
    JsonNode ingress = k8s.get("Ingress", "sigap");
    assertThat(route.path("spec").path("hostnames").get(0).asText())
        .isEqualTo(ingress.path("spec").path("rules").get(0).path("host").asText());
    // the Gateway's pods are let in beside ingress-nginx
    String gatewayNamespace =
        route.path("spec").path("parentRefs").get(0).path("namespace").asText();
    JsonNode policy = k8s.get("NetworkPolicy", "sigap-gateway");
    assertThat(
            policy
                .path("spec")
                .path("ingress")
                .get(0)
                .path("from")
                .get(0)
                .path("namespaceSelector")
                .path("matchLabels")
                .path("kubernetes.io/metadata.name")
                .asText())
        .isEqualTo(gatewayNamespace);
    assertSelects(
        policy.path("spec").path("podSelector").path("matchLabels"),
        k8s.deployment().path("spec").path("template").path("metadata").path("labels"));
  }

  @org.junit.jupiter.api.Test
  void singleSignOnHasAnEgressComponentOfItsOwn() throws Exception {
    Rendered k8s = withComponent(render("production"), "sso-egress");
    JsonNode policy = k8s.get("NetworkPolicy", "sigap-sso");
    assertThat(policy.path("spec").path("policyTypes").toString()).contains("Egress");
    assertThat(policy.path("spec").path("egress").toString()).contains("\"port\":443");
    assertSelects(
        policy.path("spec").path("podSelector").path("matchLabels"),
        k8s.deployment().path("spec").path("template").path("metadata").path("labels"));
    // in no overlay by default: the provider is the organisation's own
    assertThat(render("production").objects()).noneMatch(o -> nameOf(o).equals("sigap-sso"));
  }

  /**
   * An overlay's rendering with one more component of k8s/components, as kustomize would add it.
   */
  static Rendered withComponent(Rendered rendered, String component) throws IOException {
    List<ObjectNode> objects = new ArrayList<>(rendered.objects());
    Path dir = K8S.resolve("components").resolve(component);
    JsonNode its = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    String namespace = rendered.deployment().path("metadata").path("namespace").asText();
    for (JsonNode resource : its.path("resources")) {
      for (ObjectNode o : readAll(dir.resolve(resource.asText()))) {
        ((ObjectNode) o.path("metadata")).put("namespace", namespace);
        objects.add(o);
      }
    }
    patch(objects, dir, its);
    return new Rendered(objects);
  }

  /** Where kubectl is installed, its kustomize must render what this test renders. */
  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void kustomizeItselfAgrees(String overlay) throws Exception {
    Process kubectl;
    try {
      kubectl =
          new ProcessBuilder(
                  "kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException notInstalled) {
      Assumptions.abort("kubectl is not installed");
      return;
    }
    byte[] out;
    try (InputStream in = kubectl.getInputStream()) {
      out = in.readAllBytes();
    }
    assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(kubectl.exitValue()).isZero();
    List<ObjectNode> theirs = new ArrayList<>();
    try (MappingIterator<JsonNode> docs =
        YAML.readerFor(JsonNode.class).readValues(new String(out, StandardCharsets.UTF_8))) {
      while (docs.hasNext()) {
        JsonNode doc = docs.next();
        if (doc != null && doc.isObject()) {
          theirs.add((ObjectNode) doc);
        }
      }
    }
    Rendered ours = render(overlay);
    assertThat(theirs.stream().map(KubernetesManifestsTest::idOf).collect(Collectors.toSet()))
        .isEqualTo(
            ours.objects().stream().map(KubernetesManifestsTest::idOf).collect(Collectors.toSet()));
    for (ObjectNode object : theirs) {
      assertThat(object).as(idOf(object)).isEqualTo(ours.get(kindOf(object), nameOf(object)));
    }
  }

  // --- rendering -------------------------------------------------------------------------------

  record Rendered(List<ObjectNode> objects) {

    ObjectNode get(String kind, String name) {
      return objects.stream()
          .filter(o -> kindOf(o).equals(kind) && nameOf(o).equals(name))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    ObjectNode deployment() {
      return get("Deployment", "sigap");
    }

    ObjectNode container() {
      JsonNode containers =
          deployment().path("spec").path("template").path("spec").path("containers");
      return (ObjectNode)
          stream(containers)
              .filter(c -> c.path("name").asText().equals("sigap"))
              .findFirst()
              .orElseThrow();
    }
  }

  static Rendered render(String overlay) throws IOException {
    return new Rendered(render(K8S.resolve("overlays").resolve(overlay)));
  }

  static List<ObjectNode> render(Path dir) throws IOException {
    JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
    kustomization
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!SUPPORTED.contains(field)) {
                fail("%s uses %s, which this test does not render", dir, field);
              }
            });
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode resource : kustomization.path("resources")) {
      Path path = dir.resolve(resource.asText()).normalize();
      objects.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
    }
    // a component adds its resources and patches what was rendered so far, before the overlay's
    // own patches, as kustomize does
    for (JsonNode component : kustomization.path("components")) {
      Path path = dir.resolve(component.asText()).normalize();
      JsonNode its = YAML.readTree(path.resolve("kustomization.yaml").toFile());
      assertThat(its.path("kind").asText()).as(path.toString()).isEqualTo("Component");
      for (JsonNode resource : its.path("resources")) {
        objects.addAll(readAll(path.resolve(resource.asText())));
      }
      patch(objects, path, its);
    }
    patch(objects, dir, kustomization);
    for (JsonNode replicas : kustomization.path("replicas")) {
      for (ObjectNode o : objects) {
        if (kindOf(o).equals("Deployment") && nameOf(o).equals(replicas.path("name").asText())) {
          ((ObjectNode) o.path("spec")).put("replicas", replicas.path("count").asInt());
        }
      }
    }
    for (JsonNode image : kustomization.path("images")) {
      for (ObjectNode o : objects) {
        for (JsonNode c : o.path("spec").path("template").path("spec").path("containers")) {
          String current = c.path("image").asText();
          String name = current.split(":", 2)[0];
          if (name.equals(image.path("name").asText())) {
            String newName = image.path("newName").asText(name);
            String tag = image.has("newTag") ? ":" + image.path("newTag").asText() : "";
            ((ObjectNode) c).put("image", newName + tag);
          }
        }
      }
    }
    if (kustomization.has("namespace")) {
      for (ObjectNode o : objects) {
        ((ObjectNode) o.path("metadata"))
            .put("namespace", kustomization.path("namespace").asText());
      }
    }
    return objects;
  }

  static void patch(List<ObjectNode> objects, Path dir, JsonNode kustomization) throws IOException {
    for (JsonNode patch : kustomization.path("patches")) {
      for (ObjectNode change : readAll(dir.resolve(patch.path("path").asText()))) {
        ObjectNode target =
            objects.stream()
                .filter(o -> kindOf(o).equals(kindOf(change)) && nameOf(o).equals(nameOf(change)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("patch without target: " + idOf(change)));
        merge(target, change);
      }
    }
  }

  /**
   * Strategic merge as far as these manifests need it: maps merge, lists of named items merge by
   * name.
   */
  static void merge(ObjectNode target, JsonNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode current = target.get(field.getKey());
      JsonNode change = field.getValue();
      if (current instanceof ObjectNode object && change.isObject()) {
        merge(object, change);
      } else if (current instanceof ArrayNode list && named(list) && named(change)) {
        for (JsonNode item : change) {
          JsonNode same =
              stream(list)
                  .filter(i -> i.path("name").asText().equals(item.path("name").asText()))
                  .findFirst()
                  .orElse(null);
          if (same == null) {
            list.add(item.deepCopy());
          } else {
            merge((ObjectNode) same, item);
          }
        }
      } else {
        target.set(field.getKey(), change.deepCopy());
      }
    }
  }

  static boolean named(JsonNode list) {
    return list.isArray() && list.size() > 0 && stream(list).allMatch(i -> i.has("name"));
  }

  static List<ObjectNode> readAll(Path file) throws IOException {
    List<ObjectNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && doc.isObject()) {
          docs.add((ObjectNode) doc);
        }
      }
    }
    return docs;
  }

  // --- what the app reads ----------------------------------------------------------------------

  static Properties appProperties() throws IOException {
    Properties raw = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      raw.load(in);
    }
    Properties prod = new Properties();
    // the keys of every profile, the %prod values winning: what the packaged app reads
    raw.stringPropertyNames().stream()
        .filter(k -> !k.startsWith("%"))
        .forEach(k -> prod.setProperty(k, raw.getProperty(k)));
    raw.stringPropertyNames().stream()
        .filter(k -> k.startsWith("%prod."))
        .forEach(k -> prod.setProperty(k.substring("%prod.".length()), raw.getProperty(k)));
    return prod;
  }

  /**
   * Every key the app is known to read, in environment form: application.properties, the config
   * mappings, and every sigap.* or quarkus.* name the code reads by name.
   */
  static Set<String> knownKeysAsEnvironment() throws IOException {
    Set<String> keys = new TreeSet<>();
    Properties raw = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      raw.load(in);
    }
    raw.stringPropertyNames().forEach(k -> keys.add(k.replaceFirst("^%[a-z]+\\.", "")));
    keys.addAll(MappedConfig.keys().keySet());
    Pattern named = Pattern.compile("[\"{]((?:sigap|quarkus)\\.[a-z0-9.\\-]+[a-z0-9])");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = named.matcher(Files.readString(source));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    Set<String> environment = new HashSet<>();
    keys.forEach(k -> environment.add(environmentForm(k)));
    return environment;
  }

  /** How SmallRye Config names a property in the environment. */
  static String environmentForm(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  // --- small helpers ---------------------------------------------------------------------------

  static String kindOf(JsonNode o) {
    return o.path("kind").asText();
  }

  static String nameOf(JsonNode o) {
    return o.path("metadata").path("name").asText();
  }

  static String idOf(JsonNode o) {
    return kindOf(o) + "/" + nameOf(o) + "@" + o.path("metadata").path("namespace").asText();
  }

  static Stream<JsonNode> stream(JsonNode list) {
    List<JsonNode> items = new ArrayList<>();
    list.forEach(items::add);
    return items.stream();
  }

  static int portOf(JsonNode container, String name) {
    return stream(container.path("ports"))
        .filter(p -> p.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no port " + name))
        .path("containerPort")
        .asInt();
  }

  static int resolve(JsonNode container, JsonNode port) {
    return port.isInt() ? port.asInt() : portOf(container, port.asText());
  }

  static String probePath(JsonNode container, String probe) {
    return container.path(probe).path("httpGet").path("path").asText();
  }

  static void assertSelects(JsonNode selector, JsonNode labels) {
    assertThat(selector.size()).isPositive();
    selector
        .fields()
        .forEachRemaining(e -> assertThat(labels.path(e.getKey())).isEqualTo(e.getValue()));
  }
}
