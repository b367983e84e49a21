package id.sigap.support;

import id.sigap.policy.PolicyConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The configuration keys that Sigap's {@link ConfigMapping} interfaces read, with their {@link
 * WithDefault} values, found by reflection over the compiled application classes: no Quarkus boot.
 * Names follow SmallRye Config's defaults (kebab-case method names, {@link WithName}, {@link
 * WithParentName}, nested groups).
 */
public final class MappedConfig {

  /** One key; {@code defaultValue} is empty when the mapping has none. */
  public record Key(String name, Optional<String> defaultValue, Class<?> mapping) {}

  private MappedConfig() {}

  /** Every interface annotated {@code @ConfigMapping} among the application's classes. */
  public static List<Class<?>> mappings() {
    Path classes = classesDirectory();
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String relative =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, MappedConfig.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (type.isInterface() && type.isAnnotationPresent(ConfigMapping.class)) {
          found.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  /** Every mapped key, by name. */
  public static SortedMap<String, Key> keys() {
    SortedMap<String, Key> keys = new TreeMap<>();
    for (Class<?> mapping : mappings()) {
      String prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
      collect(mapping, mapping, prefix, keys);
    }
    return keys;
  }

  private static void collect(
      Class<?> mapping, Class<?> group, String prefix, SortedMap<String, Key> keys) {
    for (Method method : group.getMethods()) {
      if (method.isDefault()
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0) {
        continue;
      }
      String name = prefix;
      if (!method.isAnnotationPresent(WithParentName.class)) {
        WithName withName = method.getAnnotation(WithName.class);
        String segment = withName != null ? withName.value() : kebab(method.getName());
        name = prefix.isEmpty() ? segment : prefix + "." + segment;
      }
      Optional<Class<?>> nested = groupOf(method);
      if (nested.isPresent()) {
        collect(mapping, nested.get(), name, keys);
        continue;
      }
      WithDefault withDefault = method.getAnnotation(WithDefault.class);
      Key key = new Key(name, Optional.ofNullable(withDefault).map(WithDefault::value), mapping);
      Key before = keys.put(name, key);
      if (before != null && before.mapping() != mapping) {
        throw new IllegalStateException(
            name + " is mapped by both " + before.mapping() + " and " + mapping);
      }
    }
  }

  /** The nested group a method returns (directly or in an Optional), if it is one. */
  private static Optional<Class<?>> groupOf(Method method) {
    Class<?> type = method.getReturnType();
    if (type == Optional.class
        && method.getGenericReturnType() instanceof ParameterizedType optional) {
      Type argument = optional.getActualTypeArguments()[0];
      type = argument instanceof Class<?> c ? c : Object.class;
    }
    return type.isInterface() && !type.getName().startsWith("java.")
        ? Optional.of(type)
        : Optional.empty();
  }

  /** SmallRye Config's kebab-case form of a method name: {@code maxAge} becomes {@code max-age}. */
  public static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static Path classesDirectory() {
    try {
      return Path.of(
          PolicyConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
